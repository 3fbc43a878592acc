package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code assistant.usage}: token usage and cost of one model API call. Always ephemeral.
 *
 * @param envelope the fields every event carries
 * @param model the model called
 * @param inputTokens the input tokens consumed, if reported
 * @param outputTokens the output tokens produced, if reported
 * @param cacheReadTokens the tokens read from the prompt cache, if reported
 * @param cacheWriteTokens the tokens written to the prompt cache, if reported
 * @param reasoningTokens the output tokens spent on reasoning, if reported
 * @param cost the model's billing multiplier, if reported
 * @param duration the call's duration in milliseconds, if reported
 * @param timeToFirstTokenMs the time to the first token in milliseconds (streaming only)
 * @param interTokenLatencyMs the average time between tokens in milliseconds (streaming only)
 * @param initiator what started the call, e.g. {@code sub-agent}; absent for user-initiated calls
 * @param finishReason why the model stopped, e.g. {@code stop}, {@code length}, {@code tool_calls}, if reported
 * @param apiCallId the provider's completion id, if reported
 * @param providerCallId the upstream request tracing id, if reported
 * @param parentToolCallId the tool call of the parent agent when a sub-agent made the call
 * @param reasoningEffort the reasoning effort used, if any
 * @param copilotUsage the Copilot API's cost data ({@code totalNanoAiu}, …), if reported
 */
public record AssistantUsageEvent(
        EventEnvelope envelope,
        String model,
        @Nullable Long inputTokens,
        @Nullable Long outputTokens,
        @Nullable Long cacheReadTokens,
        @Nullable Long cacheWriteTokens,
        @Nullable Long reasoningTokens,
        @Nullable Double cost,
        @Nullable Long duration,
        @Nullable Double timeToFirstTokenMs,
        @Nullable Double interTokenLatencyMs,
        @Nullable String initiator,
        @Nullable String finishReason,
        @Nullable String apiCallId,
        @Nullable String providerCallId,
        @Nullable String parentToolCallId,
        @Nullable String reasoningEffort,
        @Nullable JsonNode copilotUsage) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "assistant.usage";

    @Override
    public String type() {
        return TYPE;
    }
}
