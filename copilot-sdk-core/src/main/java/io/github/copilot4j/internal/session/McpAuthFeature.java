package io.github.copilot4j.internal.session;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.internal.wire.HandlerWire;
import io.github.copilot4j.internal.wire.WireJson;
import io.github.copilot4j.mcp.McpAuthHandler;
import io.github.copilot4j.mcp.McpAuthRequest;
import io.github.copilot4j.mcp.McpAuthResult;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers {@code mcp.oauth_required} with the configured {@link McpAuthHandler}'s token; a handler that throws,
 * returns null or runs past the handler timeout, or a token the CLI refuses, cancels the request. The CLI sends these events only to clients that
 * registered interest in them, which the client does after opening a session with a handler.
 */
final class McpAuthFeature implements SessionFeature {

    static final String EVENT_TYPE = "mcp.oauth_required";
    static final String ANSWER_METHOD = "session.mcp.oauth.handlePendingRequest";

    private static final Logger log = LoggerFactory.getLogger(McpAuthFeature.class);

    private final McpAuthHandler handler;

    McpAuthFeature(McpAuthHandler handler) {
        this.handler = handler;
    }

    /** The feature, when an MCP auth handler is configured. */
    static Optional<SessionFeature> forConfig(SessionConfig config) {
        McpAuthHandler handler = config.onMcpAuthRequest();
        return handler == null ? Optional.empty() : Optional.of(new McpAuthFeature(handler));
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(EVENT_TYPE);
    }

    @Override
    public void onEvent(SessionEvent event, SessionChannel channel) {
        UnknownRequestEvent carried = UnknownRequestEvent.of(event, EVENT_TYPE).orElse(null);
        if (carried == null) {
            return;
        }
        String requestId = carried.requestId();
        McpAuthRequest request;
        try {
            request = HandlerWire.mcpAuthRequest(channel.sessionId(), carried.data());
        } catch (IllegalArgumentException e) {
            log.warn("Session {}: malformed {} event: {}", channel.sessionId(), EVENT_TYPE, e.getMessage());
            Answers.send(channel, ANSWER_METHOD, params(requestId, McpAuthResult.cancelled()), null);
            return;
        }
        Answers.compute(channel, "The MCP auth handler", () -> handler.handle(request)).whenComplete((result, failure) -> {
            McpAuthResult answer = result;
            if (failure != null || result == null) {
                log.warn("Session {}: the MCP auth handler {} for server {}; cancelling the request",
                        channel.sessionId(), failure != null ? "failed" : "returned null", request.serverName(),
                        failure);
                answer = McpAuthResult.cancelled();
            }
            boolean cancel = answer instanceof McpAuthResult.Cancelled;
            Answers.send(channel, ANSWER_METHOD, params(requestId, answer),
                    cancel ? null : () -> params(requestId, McpAuthResult.cancelled()));
        });
    }

    private static ObjectNode params(String requestId, McpAuthResult result) {
        ObjectNode params = WireJson.object().put("requestId", requestId);
        params.set("result", HandlerWire.mcpAuthResult(result));
        return params;
    }
}
