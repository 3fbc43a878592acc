package io.github.copilot4j.event;

/**
 * {@code session.idle}: the session finished processing and has no background work in flight; the last event of every
 * turn, also after {@link SessionErrorEvent}. Always ephemeral.
 *
 * @param envelope the fields every event carries
 * @param aborted whether the preceding agent loop was cancelled ({@code false} when absent)
 */
public record SessionIdleEvent(
        EventEnvelope envelope,
        boolean aborted) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "session.idle";

    @Override
    public String type() {
        return TYPE;
    }
}
