package io.github.copilot4j.internal.session;

import io.github.copilot4j.JsonRpcException;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.internal.wire.SessionEventDecoder;
import io.github.copilot4j.internal.wire.WireJson;
import io.github.copilot4j.trace.TraceContextPropagator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link SessionChannel} for feature tests: callbacks run at once on the calling thread, and every request is
 * recorded and answered with an empty result, or refused with a JSON-RPC error while {@link #refuse} matches.
 */
final class RequestRecordingChannel implements SessionChannel {

    static final String SESSION_ID = "session-1";

    /** One request a feature sent: the method and its params, {@code sessionId} included. */
    record Sent(String method, JsonNode params) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private volatile Predicate<Sent> refuse = request -> false;
    private volatile @Nullable Duration handlerTimeout;

    /** Limits how long callbacks may run, as a session's handler timeout does. */
    void handlerTimeout(Duration handlerTimeout) {
        this.handlerTimeout = handlerTimeout;
    }

    /** Refuses the requests that match with a JSON-RPC error, as the CLI does with an answer it cannot accept. */
    void refuse(Predicate<Sent> refuse) {
        this.refuse = refuse;
    }

    /** The requests sent so far. */
    List<Sent> sent() {
        return new ArrayList<>(sent);
    }

    @Override
    public String sessionId() {
        return SESSION_ID;
    }

    @Override
    public CompletableFuture<JsonNode> request(String method, ObjectNode params) {
        params.put("sessionId", SESSION_ID);
        Sent request = new Sent(method, params.deepCopy());
        sent.add(request);
        if (refuse.test(request)) {
            return CompletableFuture.failedFuture(new JsonRpcException(method, -32602, "Invalid params", null));
        }
        return CompletableFuture.completedFuture(WireJson.object().put("success", true));
    }

    @Override
    public Executor callbackExecutor() {
        return Runnable::run;
    }

    @Override
    public TraceContextPropagator traceContextPropagator() {
        return TraceContextPropagator.noop();
    }

    @Override
    public @Nullable Duration handlerTimeout() {
        return handlerTimeout;
    }

    /** A decoded event of the given type with the data given as JSON text. */
    static SessionEvent event(String type, String dataJson) {
        ObjectNode event = WireJson.object()
                .put("id", "event-1")
                .put("timestamp", "2026-01-01T00:00:00Z")
                .put("type", type);
        event.putNull("parentId");
        event.set("data", json(dataJson));
        return SessionEventDecoder.decode(event);
    }

    static JsonNode json(String text) {
        return WireJson.MAPPER.readTree(text);
    }
}
