package io.github.copilot4j.spring.session;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionStartEvent;
import org.jspecify.annotations.Nullable;

/**
 * The id of one session, for per-session listeners that a {@link SessionConfigCustomizer} adds: the configuration's
 * {@code sessionId} when set, otherwise the id the {@code session.start} event reports (the first event of a created
 * session). A resumed session whose configuration has no id stays {@value #UNKNOWN}.
 */
public final class SessionIdentity {

    /** The id reported while the session's id is not known. */
    public static final String UNKNOWN = "unknown";

    private volatile @Nullable String sessionId;

    private SessionIdentity(@Nullable String sessionId) {
        this.sessionId = sessionId;
    }

    /** The identity of the session about to be opened with {@code config}. */
    public static SessionIdentity of(SessionConfig config) {
        return new SessionIdentity(config.sessionId());
    }

    /** Learns the id from the session's {@code session.start} event; call it with every event, in order. */
    public void observe(SessionEvent event) {
        if (sessionId == null && event instanceof SessionStartEvent start && !start.sessionId().isEmpty()) {
            sessionId = start.sessionId();
        }
    }

    /** The session id, or {@value #UNKNOWN}. */
    public String sessionId() {
        String known = sessionId;
        return known != null ? known : UNKNOWN;
    }
}
