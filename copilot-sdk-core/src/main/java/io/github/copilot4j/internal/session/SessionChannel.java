package io.github.copilot4j.internal.session;

import io.github.copilot4j.trace.TraceContextPropagator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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
}
