package io.github.copilot4j.event;

/**
 * {@code abort}: the current turn was aborted.
 *
 * @param envelope the fields every event carries
 * @param reason why, e.g. {@code user_initiated}, {@code remote_command} or {@code user_abort}
 */
public record AbortEvent(
        EventEnvelope envelope,
        String reason) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "abort";

    @Override
    public String type() {
        return TYPE;
    }
}
