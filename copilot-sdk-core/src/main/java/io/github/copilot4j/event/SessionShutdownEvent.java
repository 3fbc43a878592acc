package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code session.shutdown}: the session ended; carries the session's usage totals.
 *
 * @param envelope the fields every event carries
 * @param shutdownType {@code routine} or {@code error}
 * @param errorReason the error description when {@code shutdownType} is {@code error}
 * @param totalApiDurationMs the time spent in model API calls, in milliseconds
 * @param sessionStartTime when the session started, in Unix milliseconds
 * @param currentModel the model selected at shutdown, if any
 * @param currentTokens the tokens in the context window at shutdown
 * @param conversationTokens the non-system message tokens at shutdown
 * @param systemTokens the system message tokens at shutdown
 * @param toolDefinitionsTokens the tool definition tokens at shutdown
 * @param codeChanges {@code filesModified}, {@code linesAdded} and {@code linesRemoved} (empty object when absent)
 * @param modelMetrics per-model request and token usage keyed by model id (empty object when absent)
 */
public record SessionShutdownEvent(
        EventEnvelope envelope,
        String shutdownType,
        @Nullable String errorReason,
        long totalApiDurationMs,
        long sessionStartTime,
        @Nullable String currentModel,
        @Nullable Long currentTokens,
        @Nullable Long conversationTokens,
        @Nullable Long systemTokens,
        @Nullable Long toolDefinitionsTokens,
        JsonNode codeChanges,
        JsonNode modelMetrics) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "session.shutdown";

    @Override
    public String type() {
        return TYPE;
    }
}
