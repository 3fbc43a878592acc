package io.github.copilot4j.event;

/**
 * {@code tool.execution_partial_result}: a chunk of output from a running tool. Always ephemeral.
 *
 * @param envelope the fields every event carries
 * @param toolCallId the call the output belongs to
 * @param partialOutput the output chunk
 */
public record ToolExecutionPartialResultEvent(
        EventEnvelope envelope,
        String toolCallId,
        String partialOutput) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "tool.execution_partial_result";

    @Override
    public String type() {
        return TYPE;
    }
}
