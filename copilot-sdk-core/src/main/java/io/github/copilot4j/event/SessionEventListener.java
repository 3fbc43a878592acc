package io.github.copilot4j.event;

/**
 * Receives events of one session. Listeners run on the SDK's dispatch executor, never on the connection's reader
 * thread, one event at a time per session and in the order the CLI sent them. An exception thrown by a listener is
 * logged and does not stop delivery to other listeners.
 *
 * @param <T> the event type the listener accepts
 */
@FunctionalInterface
public interface SessionEventListener<T extends SessionEvent> {

    /** Called once for each matching event. */
    void onEvent(T event);
}
