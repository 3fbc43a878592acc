package io.github.copilot4j.event;

/**
 * {@code session.title_changed}: the session's display title changed. Always ephemeral.
 *
 * @param envelope the fields every event carries
 * @param title the new title
 */
public record SessionTitleChangedEvent(
        EventEnvelope envelope,
        String title) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "session.title_changed";

    @Override
    public String type() {
        return TYPE;
    }
}
