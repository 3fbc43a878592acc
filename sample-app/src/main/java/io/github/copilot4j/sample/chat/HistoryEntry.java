package io.github.copilot4j.sample.chat;

import org.jspecify.annotations.Nullable;

/**
 * One item of a conversation as the page shows it: a message of the user or the assistant, or a tool call.
 *
 * @param kind {@code user}, {@code assistant} or {@code tool}
 * @param text the message text, or for a tool call its arguments summarized
 * @param toolCallId the tool call's id; null for messages
 * @param toolName the tool; null for messages
 * @param status a tool call's state: {@code running}, {@code success} or {@code failure}; null for messages
 */
public record HistoryEntry(String kind, String text, @Nullable String toolCallId, @Nullable String toolName,
        @Nullable String status) {

    static HistoryEntry user(String text) {
        return new HistoryEntry("user", text, null, null, null);
    }

    static HistoryEntry assistant(String text) {
        return new HistoryEntry("assistant", text, null, null, null);
    }

    static HistoryEntry tool(String toolCallId, String toolName, String arguments, String status) {
        return new HistoryEntry("tool", arguments, toolCallId, toolName, status);
    }

    HistoryEntry withStatus(String newStatus) {
        return new HistoryEntry(kind, text, toolCallId, toolName, newStatus);
    }
}
