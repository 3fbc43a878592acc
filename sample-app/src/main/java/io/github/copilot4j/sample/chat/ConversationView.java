package io.github.copilot4j.sample.chat;

import java.util.List;

/**
 * A conversation as the page loads it.
 *
 * @param id the conversation's id, which is its Copilot session's id
 * @param resumed whether the session was resumed from the CLI's store
 * @param busy whether a turn is running
 * @param entries the messages and tool calls so far, in order
 * @param approvals the tool calls waiting for approval
 */
public record ConversationView(String id, boolean resumed, boolean busy, List<HistoryEntry> entries,
        List<ApprovalRequest> approvals) {
}
