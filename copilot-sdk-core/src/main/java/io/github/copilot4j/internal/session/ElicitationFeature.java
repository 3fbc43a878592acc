package io.github.copilot4j.internal.session;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.ElicitationRequestedEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.input.ElicitationHandler;
import io.github.copilot4j.input.ElicitationRequest;
import io.github.copilot4j.input.ElicitationResult;
import io.github.copilot4j.internal.wire.HandlerWire;
import io.github.copilot4j.internal.wire.WireJson;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers {@code elicitation.requested} with the configured {@link ElicitationHandler}; a handler that throws,
 * returns null or runs past the handler timeout, or a result the CLI refuses, cancels the request.
 */
final class ElicitationFeature implements SessionFeature {

    static final String ANSWER_METHOD = "session.ui.handlePendingElicitation";

    private static final Logger log = LoggerFactory.getLogger(ElicitationFeature.class);

    private final ElicitationHandler handler;

    ElicitationFeature(ElicitationHandler handler) {
        this.handler = handler;
    }

    /** The feature, when an elicitation handler is configured. */
    static Optional<SessionFeature> forConfig(SessionConfig config) {
        ElicitationHandler handler = config.onElicitationRequest();
        return handler == null ? Optional.empty() : Optional.of(new ElicitationFeature(handler));
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(ElicitationRequestedEvent.TYPE);
    }

    @Override
    public void onEvent(SessionEvent event, SessionChannel channel) {
        if (!(event instanceof ElicitationRequestedEvent requested) || requested.requestId().isEmpty()) {
            return;
        }
        String requestId = requested.requestId();
        ElicitationRequest request = HandlerWire.elicitationRequest(channel.sessionId(), requested);
        Answers.compute(channel, "The elicitation handler", () -> handler.handle(request)).whenComplete((result, failure) -> {
            ElicitationResult answer = result;
            if (failure != null || result == null) {
                log.warn("Session {}: the elicitation handler {}; cancelling the request", channel.sessionId(),
                        failure != null ? "failed" : "returned null", failure);
                answer = ElicitationResult.cancel();
            }
            boolean cancel = answer.action() == ElicitationResult.Action.CANCEL;
            Answers.send(channel, ANSWER_METHOD, params(requestId, answer),
                    cancel ? null : () -> params(requestId, ElicitationResult.cancel()));
        });
    }

    private static ObjectNode params(String requestId, ElicitationResult result) {
        ObjectNode params = WireJson.object().put("requestId", requestId);
        params.set("result", HandlerWire.elicitationResult(result));
        return params;
    }
}
