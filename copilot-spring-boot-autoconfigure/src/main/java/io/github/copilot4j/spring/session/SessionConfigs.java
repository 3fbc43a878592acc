package io.github.copilot4j.spring.session;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionEventListener;

/** Changes that {@link SessionConfigCustomizer}s make to add per-session behaviour. */
public final class SessionConfigs {

    private SessionConfigs() {
    }

    /**
     * The configuration with {@code listener} receiving every event after the listener already configured; the added
     * listener also gets the events the first one fails on.
     */
    public static SessionConfig withListener(SessionConfig config, SessionEventListener<SessionEvent> listener) {
        SessionEventListener<SessionEvent> configured = config.onEvent();
        if (configured == null) {
            return config.toBuilder().onEvent(listener).build();
        }
        return config.toBuilder().onEvent(event -> {
            try {
                configured.onEvent(event);
            } finally {
                listener.onEvent(event);
            }
        }).build();
    }
}
