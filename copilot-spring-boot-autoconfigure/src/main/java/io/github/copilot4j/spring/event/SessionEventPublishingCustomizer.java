package io.github.copilot4j.spring.event;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.spring.session.SessionConfigCustomizer;
import io.github.copilot4j.spring.session.SessionConfigs;

/**
 * Makes every session publish its events through a {@link SessionEventPublisher}, after the session's own
 * {@code onEvent} listener. Events are published on the session's ordered event delivery, never on the connection's
 * reader thread.
 */
public final class SessionEventPublishingCustomizer implements SessionConfigCustomizer {

    private final SessionEventPublisher publisher;

    /** A customizer adding {@code publisher}'s listener to every session. */
    public SessionEventPublishingCustomizer(SessionEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public SessionConfig customize(String profile, SessionConfig config) {
        return SessionConfigs.withListener(config, publisher.listenerFor(config));
    }
}
