package io.github.copilot4j.it.conformance;

import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionEventListener;
import io.github.copilot4j.event.ToolExecutionCompleteEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects a session's events for assertions; pass it as the session's {@code onEvent} listener. */
final class EventLog implements SessionEventListener<SessionEvent> {

    private final List<SessionEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(SessionEvent event) {
        events.add(event);
    }

    /** Every event so far, in order. */
    List<SessionEvent> all() {
        return List.copyOf(events);
    }

    /** The events of one type so far, in order. */
    <T extends SessionEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The wire types of the events so far, in order. */
    List<String> types() {
        return events.stream().map(SessionEvent::type).toList();
    }

    /** The error messages of the failed tool executions so far. */
    List<String> toolErrors() {
        return of(ToolExecutionCompleteEvent.class).stream().filter(event -> !event.success())
                .filter(event -> event.error() != null).map(event -> event.error().message()).toList();
    }
}
