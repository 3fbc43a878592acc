package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;

/**
 * {@code session.usage_info}: current context window usage, sent at the start of each model call. Always ephemeral.
 *
 * @param envelope the fields every event carries
 * @param currentTokens the tokens currently in the context window
 * @param tokenLimit the model's context window size in tokens
 * @param messagesLength the number of messages in the conversation
 * @param conversationTokens the tokens of non-system messages, if reported
 * @param systemTokens the tokens of system messages, if reported
 * @param toolDefinitionsTokens the tokens of tool definitions, if reported
 * @param isInitial whether this is the session's first usage report ({@code false} when absent)
 */
public record SessionUsageInfoEvent(
        EventEnvelope envelope,
        long currentTokens,
        long tokenLimit,
        long messagesLength,
        @Nullable Long conversationTokens,
        @Nullable Long systemTokens,
        @Nullable Long toolDefinitionsTokens,
        boolean isInitial) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "session.usage_info";

    @Override
    public String type() {
        return TYPE;
    }
}
