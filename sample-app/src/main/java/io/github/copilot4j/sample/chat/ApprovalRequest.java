package io.github.copilot4j.sample.chat;

import java.time.Instant;

/**
 * A tool call waiting for a person's approval, as the page shows it.
 *
 * @param requestId the CLI's id of the permission request
 * @param conversationId the conversation (Copilot session) that asks
 * @param toolName the tool to run
 * @param summary what the call would do, for a person to read
 * @param requestedAt when the request arrived
 */
public record ApprovalRequest(String requestId, String conversationId, String toolName, String summary,
        Instant requestedAt) {
}
