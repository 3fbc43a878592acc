package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;

/**
 * {@code session.compaction_start}: conversation compaction started.
 *
 * @param envelope the fields every event carries
 * @param trigger what started it: {@code threshold}, {@code context_limit_retry}, {@code manual},
 *        {@code memory_pressure} or {@code model_switch}, if reported
 * @param model the model used for compaction, if known
 * @param currentTokens the tokens in the context window, if known
 * @param tokenLimit the context window size targeted, if known
 * @param conversationTokens the tokens of non-system messages, if known
 * @param systemTokens the tokens of system messages, if known
 * @param toolDefinitionsTokens the tokens of tool definitions, if known
 */
public record SessionCompactionStartEvent(
        EventEnvelope envelope,
        @Nullable String trigger,
        @Nullable String model,
        @Nullable Long currentTokens,
        @Nullable Long tokenLimit,
        @Nullable Long conversationTokens,
        @Nullable Long systemTokens,
        @Nullable Long toolDefinitionsTokens) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "session.compaction_start";

    @Override
    public String type() {
        return TYPE;
    }
}
