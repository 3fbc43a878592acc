package io.github.copilot4j.internal.session;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.PermissionRequestedEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.internal.wire.PermissionWire;
import io.github.copilot4j.internal.wire.WireJson;
import io.github.copilot4j.permission.PermissionDecision;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.permission.PermissionRequestContext;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers {@code permission.requested} with the configured {@link PermissionHandler}: its decision, nothing for
 * {@code no-result}, and {@code user-not-available} (a denial) when it throws, returns null, runs past the handler
 * timeout, or its decision is refused by the CLI. Requests already resolved by a hook are skipped.
 */
final class PermissionFeature implements SessionFeature {

    static final String ANSWER_METHOD = "session.permissions.handlePendingPermissionRequest";

    private static final Logger log = LoggerFactory.getLogger(PermissionFeature.class);

    private final PermissionHandler handler;
    private final boolean managedSettingsEnabled;

    PermissionFeature(PermissionHandler handler, boolean managedSettingsEnabled) {
        this.handler = handler;
        this.managedSettingsEnabled = managedSettingsEnabled;
    }

    /** The feature, when a permission handler is configured. */
    static Optional<SessionFeature> forConfig(SessionConfig config) {
        PermissionHandler handler = config.onPermissionRequest();
        boolean managed = Boolean.TRUE.equals(config.enableManagedSettings()) || config.managedSettings() != null;
        return handler == null ? Optional.empty() : Optional.of(new PermissionFeature(handler, managed));
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(PermissionRequestedEvent.TYPE);
    }

    @Override
    public void onEvent(SessionEvent event, SessionChannel channel) {
        if (!(event instanceof PermissionRequestedEvent requested) || requested.resolvedByHook()
                || requested.requestId().isEmpty()) {
            return;
        }
        String requestId = requested.requestId();
        PermissionRequestContext context = new PermissionRequestContext(channel.sessionId(), requestId,
                PermissionWire.request(requested.permissionRequest()), managedSettingsEnabled);
        Answers.compute(channel, "The permission handler", () -> handler.handle(context)).whenComplete((decision, failure) -> {
            PermissionDecision answer = decision;
            if (failure != null || decision == null) {
                log.warn("Session {}: the permission handler {} for a {} request; denying it", channel.sessionId(),
                        failure != null ? "failed" : "returned null", context.request().kind(), failure);
                answer = PermissionDecision.userNotAvailable();
            }
            PermissionDecision applied = answer instanceof PermissionDecision.Attributed attributed
                    ? attributed.decision() : answer;
            if (applied instanceof PermissionDecision.NoResult) {
                return;
            }
            boolean denial = applied instanceof PermissionDecision.UserNotAvailable;
            Answers.send(channel, ANSWER_METHOD, params(requestId, answer),
                    denial ? null : () -> params(requestId, PermissionDecision.userNotAvailable()));
        });
    }

    private static ObjectNode params(String requestId, PermissionDecision decision) {
        ObjectNode params = WireJson.object().put("requestId", requestId);
        params.set("result", PermissionWire.decision(decision));
        if (decision instanceof PermissionDecision.Attributed attributed) {
            params.set("decisionContext", PermissionWire.decisionContext(attributed.context()));
        }
        return params;
    }
}
