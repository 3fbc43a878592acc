package io.github.copilot4j.internal.session;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.internal.wire.WireJson;
import java.util.Optional;
import java.util.Set;

/**
 * Declines the switch to auto mode that the CLI offers after a rate limit ({@code auto_mode_switch.requested}), for a
 * session without an {@link io.github.copilot4j.input.AutoModeSwitchHandler}. The CLI waits for an answer: without
 * one the failed turn never ends, and every later prompt of the session waits behind it.
 */
final class AutoModeSwitchDecliner implements SessionFeature {

    static final String EVENT_TYPE = "auto_mode_switch.requested";
    static final String ANSWER_METHOD = "session.ui.handlePendingAutoModeSwitch";

    /** The decliner, for a session that has no handler of its own. */
    static Optional<SessionFeature> forConfig(SessionConfig config) {
        return config.onAutoModeSwitchRequest() == null ? Optional.of(new AutoModeSwitchDecliner()) : Optional.empty();
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(EVENT_TYPE);
    }

    @Override
    public void onEvent(SessionEvent event, SessionChannel channel) {
        UnknownRequestEvent.of(event, EVENT_TYPE).ifPresent(request -> Answers.send(channel, ANSWER_METHOD,
                WireJson.object().put("requestId", request.requestId()).put("response", "no"), null));
    }
}
