package io.github.copilot4j.spring.event;

import io.github.copilot4j.event.SessionEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.core.ResolvableType;
import org.springframework.core.ResolvableTypeProvider;

/**
 * A session event published as a Spring application event. The event type is part of the generic type, so a
 * listener declared as {@code @EventListener void on(CopilotSessionEvent<AssistantMessageEvent> event)} receives only
 * {@code assistant.message} events, and one taking {@code CopilotSessionEvent<?>} receives them all.
 *
 * <p>Listeners run on the session's event delivery, one event at a time and in the CLI's order per session; a slow
 * listener delays the session's next events, so move long work elsewhere (for example with {@code @Async}).
 *
 * @param <T> the session event type
 */
public final class CopilotSessionEvent<T extends SessionEvent> extends ApplicationEvent
        implements ResolvableTypeProvider {

    private final String sessionId;
    private final T event;

    /**
     * An application event for one session event; its source is the session id.
     *
     * @param sessionId the id of the session that emitted the event
     * @param event the session event
     */
    public CopilotSessionEvent(String sessionId, T event) {
        super(sessionId);
        this.sessionId = sessionId;
        this.event = event;
    }

    /** The id of the session that emitted the event. */
    public String sessionId() {
        return sessionId;
    }

    /** The session event. */
    public T event() {
        return event;
    }

    @Override
    public ResolvableType getResolvableType() {
        return ResolvableType.forClassWithGenerics(CopilotSessionEvent.class, event.getClass());
    }

    @Override
    public String toString() {
        return "CopilotSessionEvent[session=" + sessionId + ", type=" + event.type() + "]";
    }
}
