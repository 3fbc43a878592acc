package io.github.copilot4j.spring.event;

import io.github.copilot4j.event.SessionEvent;
import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Chooses which session events are published, by wire type ({@code assistant.message}) or by the simple name of the
 * event class ({@code AssistantMessageEvent}). An empty selection accepts every event.
 */
public final class SessionEventTypeFilter implements Predicate<SessionEvent> {

    private static final SessionEventTypeFilter ALL = new SessionEventTypeFilter(Set.of());

    private final Set<String> types;

    private SessionEventTypeFilter(Set<String> types) {
        this.types = types;
    }

    /** A filter that accepts every event. */
    public static SessionEventTypeFilter all() {
        return ALL;
    }

    /**
     * A filter that accepts the events whose wire type or simple class name is one of {@code types}; every event
     * when {@code types} is empty.
     *
     * @throws IllegalArgumentException when a type is blank
     */
    public static SessionEventTypeFilter of(Collection<String> types) {
        for (String type : types) {
            if (type == null || type.isBlank()) {
                throw new IllegalArgumentException("copilot.events.types must not contain blank entries; use wire "
                        + "types such as 'assistant.message' or class names such as 'AssistantMessageEvent'");
            }
        }
        if (types.isEmpty()) {
            return ALL;
        }
        return new SessionEventTypeFilter(Set.copyOf(types.stream().map(String::strip).toList()));
    }

    @Override
    public boolean test(SessionEvent event) {
        return types.isEmpty() || types.contains(event.type()) || types.contains(event.getClass().getSimpleName());
    }

    @Override
    public String toString() {
        return types.isEmpty() ? "SessionEventTypeFilter[all]" : "SessionEventTypeFilter" + types;
    }
}
