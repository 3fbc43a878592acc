package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code tool.execution_complete}: a tool finished running, successfully or not.
 *
 * @param envelope the fields every event carries
 * @param toolCallId the call's identifier
 * @param success whether the tool succeeded
 * @param result the result, on success
 * @param error the error, on failure
 * @param model the model that requested the call, if known
 * @param parentToolCallId the tool call of the parent agent when a sub-agent ran the tool
 * @param interactionId the interaction id of the turn, if any
 * @param turnId the turn the tool ran in, if reported
 * @param toolTelemetry tool-specific telemetry, if any
 */
public record ToolExecutionCompleteEvent(
        EventEnvelope envelope,
        String toolCallId,
        boolean success,
        @Nullable ToolResult result,
        @Nullable ToolError error,
        @Nullable String model,
        @Nullable String parentToolCallId,
        @Nullable String interactionId,
        @Nullable String turnId,
        @Nullable JsonNode toolTelemetry) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "tool.execution_complete";

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * The result of a successful tool run.
     *
     * @param content the result text sent to the model, possibly truncated
     * @param detailedContent the full result for display, when it differs from {@code content}
     * @param raw the whole result object as received, for {@code contents}, {@code binaryResultsForLlm},
     *        {@code structuredContent} and the like
     */
    public record ToolResult(String content, @Nullable String detailedContent, JsonNode raw) {
    }

    /**
     * Why a tool run failed.
     *
     * @param message the error message
     * @param code a machine-readable error code, if any
     */
    public record ToolError(String message, @Nullable String code) {
    }
}
