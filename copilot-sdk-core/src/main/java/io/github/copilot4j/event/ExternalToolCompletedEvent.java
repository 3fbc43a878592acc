package io.github.copilot4j.event;

/**
 * {@code external_tool.completed}: an external tool request was resolved.
 *
 * @param envelope the fields every event carries
 * @param requestId the resolved request
 */
public record ExternalToolCompletedEvent(
        EventEnvelope envelope,
        String requestId) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "external_tool.completed";

    @Override
    public String type() {
        return TYPE;
    }
}
