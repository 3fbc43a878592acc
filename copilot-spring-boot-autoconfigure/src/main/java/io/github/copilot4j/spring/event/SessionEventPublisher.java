package io.github.copilot4j.spring.event;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionEventListener;
import io.github.copilot4j.spring.session.SessionIdentity;
import org.springframework.context.ApplicationEventPublisher;

/** Publishes the events of sessions as {@link CopilotSessionEvent}s, limited by a {@link SessionEventTypeFilter}. */
public final class SessionEventPublisher {

    private final ApplicationEventPublisher publisher;
    private final SessionEventTypeFilter filter;

    /**
     * A publisher of the events the filter accepts.
     *
     * @param publisher where the application events go
     * @param filter which session events are published
     */
    public SessionEventPublisher(ApplicationEventPublisher publisher, SessionEventTypeFilter filter) {
        this.publisher = publisher;
        this.filter = filter;
    }

    /** A listener that publishes the accepted events of the session about to be opened with {@code config}. */
    public SessionEventListener<SessionEvent> listenerFor(SessionConfig config) {
        SessionIdentity session = SessionIdentity.of(config);
        return event -> {
            session.observe(event);
            if (filter.test(event)) {
                publisher.publishEvent(new CopilotSessionEvent<>(session.sessionId(), event));
            }
        };
    }
}
