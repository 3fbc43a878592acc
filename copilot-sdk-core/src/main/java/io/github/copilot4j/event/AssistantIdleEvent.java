package io.github.copilot4j.event;

/**
 * {@code assistant.idle}: the main agent loop went idle; the session may still wait for background work before
 * {@link SessionIdleEvent}. Always ephemeral.
 *
 * @param envelope the fields every event carries
 * @param aborted whether the preceding agent loop was cancelled ({@code false} when absent)
 */
public record AssistantIdleEvent(
        EventEnvelope envelope,
        boolean aborted) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "assistant.idle";

    @Override
    public String type() {
        return TYPE;
    }
}
