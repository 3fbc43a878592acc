package io.github.copilot4j.internal.session;

import io.github.copilot4j.trace.TraceContextPropagator;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What a {@link SessionFeature} may use of its session. */
public interface SessionChannel {

    /** The session id. */
    String sessionId();

    /**
     * Sends a session-scoped request; {@code sessionId} is added to the params. Completes with the result, or fails
     * with the SDK's exception types; the client's request timeout applies.
     */
    CompletableFuture<JsonNode> request(String method, ObjectNode params);

    /**
     * The executor for user callbacks (tool handlers, permission handlers, hooks). Callbacks run there concurrently,
     * never on the reader thread and never on the session's ordered event delivery.
     */
    Executor callbackExecutor();

    /** The client's trace context propagator. */
    TraceContextPropagator traceContextPropagator();

    /**
     * How long a tool handler may run before its call is answered with a timeout result and cancelled; null for no
     * limit.
     */
    default @Nullable Duration toolTimeout() {
        return null;
    }

    /**
     * How long any other application callback (permission, user input, elicitation and MCP auth handlers, hooks,
     * commands, system message transforms) may run before it counts as failed; null for no limit.
     */
    default @Nullable Duration handlerTimeout() {
        return null;
    }
}
