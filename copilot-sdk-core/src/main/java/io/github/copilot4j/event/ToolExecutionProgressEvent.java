package io.github.copilot4j.event;

/**
 * {@code tool.execution_progress}: a progress message from a running tool. Always ephemeral.
 *
 * @param envelope the fields every event carries
 * @param toolCallId the call the message belongs to
 * @param progressMessage the progress message
 */
public record ToolExecutionProgressEvent(
        EventEnvelope envelope,
        String toolCallId,
        String progressMessage) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "tool.execution_progress";

    @Override
    public String type() {
        return TYPE;
    }
}
