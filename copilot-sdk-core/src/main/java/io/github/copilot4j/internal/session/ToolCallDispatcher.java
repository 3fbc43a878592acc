package io.github.copilot4j.internal.session;

import io.github.copilot4j.CopilotConnectionException;
import io.github.copilot4j.CopilotTimeoutException;
import io.github.copilot4j.event.AbortEvent;
import io.github.copilot4j.event.ExternalToolRequestedEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.internal.wire.WireJson;
import io.github.copilot4j.tool.ToolCancellation;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.ToolHandler;
import io.github.copilot4j.tool.ToolInvocation;
import io.github.copilot4j.tool.ToolResult;
import io.github.copilot4j.trace.TraceContext;
import io.github.copilot4j.trace.TraceContextPropagator;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Runs the session's custom tools: answers {@code external_tool.requested} for every tool this client registered with
 * a handler, on the callback executor, and sends the result or error with
 * {@code session.tools.handlePendingToolCall}. Calls of other tools (declarations, or tools of another client of the
 * session) are left alone. A turn's abort and the session's disconnection cancel the calls still running. A call
 * that runs past the session's tool timeout is answered with a {@code timeout} result naming the limit, cancelled,
 * and its handler's thread interrupted; its late result is dropped.
 */
public final class ToolCallDispatcher implements SessionFeature {

    /** What the model sees when a handler returns nothing. */
    static final ToolResult NO_RESULT = ToolResult.failure("Tool returned no result.")
            .withError("tool returned no result")
            .withToolTelemetry(WireJson.object());

    private static final Logger log = LoggerFactory.getLogger(ToolCallDispatcher.class);

    private final Map<String, ToolHandler> handlers;
    private final Map<String, RunningCall> running = new ConcurrentHashMap<>();

    ToolCallDispatcher(Map<String, ToolHandler> handlers) {
        this.handlers = Map.copyOf(handlers);
    }

    /** The dispatcher for the tools that have a handler, or empty when none has. */
    public static Optional<ToolCallDispatcher> forTools(@Nullable List<ToolDefinition> tools) {
        Map<String, ToolHandler> handlers = new LinkedHashMap<>();
        if (tools != null) {
            for (ToolDefinition tool : tools) {
                if (tool.handler() != null) {
                    handlers.put(tool.name(), tool.handler());
                }
            }
        }
        return handlers.isEmpty() ? Optional.empty() : Optional.of(new ToolCallDispatcher(handlers));
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(ExternalToolRequestedEvent.TYPE, AbortEvent.TYPE, SessionIdleEvent.TYPE);
    }

    @Override
    public void onEvent(SessionEvent event, SessionChannel channel) {
        if (event instanceof ExternalToolRequestedEvent request) {
            ToolHandler handler = handlers.get(request.toolName());
            if (handler != null) {
                start(request, handler, channel);
            }
        } else if (event instanceof AbortEvent || event instanceof SessionIdleEvent idle && idle.aborted()) {
            cancelRunning();
        }
    }

    @Override
    public void onDisconnect(CopilotConnectionException reason) {
        cancelRunning();
    }

    private void start(ExternalToolRequestedEvent request, ToolHandler handler, SessionChannel channel) {
        JsonNode arguments = request.arguments() == null || request.arguments().isNull()
                ? WireJson.object() : request.arguments();
        ToolInvocation invocation = new ToolInvocation(channel.sessionId(), request.toolCallId(), request.toolName(),
                arguments, new TraceContext(request.traceparent(), request.tracestate()), new ToolCancellation());
        RunningCall call = new RunningCall(request.requestId(), invocation, channel, new AtomicBoolean());
        running.put(call.requestId(), call);
        Duration timeout = channel.toolTimeout();
        long deadline = timeout == null ? 0 : System.nanoTime() + timeout.toNanos();
        Answers.run(channel.callbackExecutor(), timeout, "Tool '" + request.toolName() + "'",
                        () -> invoke(call, handler))
                .thenCompose(value -> settle(value, timeout, deadline))
                .whenComplete((value, failure) -> {
                    if (failure == null) {
                        complete(call, value);
                        return;
                    }
                    Throwable cause = unwrap(failure);
                    if (timeout != null && (cause instanceof CopilotTimeoutException
                            || cause instanceof TimeoutException)) {
                        timedOut(call, timeout);
                    } else {
                        fail(call, cause);
                    }
                });
    }

    private static @Nullable Object invoke(RunningCall call, ToolHandler handler) throws Exception {
        AutoCloseable traceScope = traceScope(call);
        try {
            return handler.handle(call.invocation());
        } finally {
            try {
                traceScope.close();
            } catch (Exception e) {
                log.debug("The trace context propagator failed to restore the previous context", e);
            }
        }
    }

    /** The value a handler's future completes with, within what is left of the timeout. */
    private static CompletableFuture<@Nullable Object> settle(@Nullable Object value, @Nullable Duration timeout,
            long deadline) {
        if (!(value instanceof CompletionStage<?> stage)) {
            return CompletableFuture.completedFuture(value);
        }
        CompletableFuture<@Nullable Object> result = stage.<@Nullable Object>thenApply(completed -> completed)
                .toCompletableFuture();
        if (timeout != null) {
            result = result.orTimeout(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        return result.thenCompose(completed -> settle(completed, timeout, deadline));
    }

    private static AutoCloseable traceScope(RunningCall call) {
        TraceContext context = call.invocation().traceContext();
        if (context.traceparent() == null) {
            return () -> {
            };
        }
        TraceContextPropagator propagator = call.channel().traceContextPropagator();
        try {
            return propagator.makeCurrent(context);
        } catch (RuntimeException e) {
            log.debug("The trace context propagator failed; running the tool without the CLI's trace context", e);
            return () -> {
            };
        }
    }

    /** Answers with the handler's value. */
    private void complete(RunningCall call, @Nullable Object value) {
        JsonNode result;
        try {
            result = resultNode(value);
        } catch (RuntimeException e) {
            fail(call, e);
            return;
        }
        answer(call, WireJson.object().put("requestId", call.requestId()).set("result", result));
    }

    private void fail(RunningCall call, Throwable failure) {
        String message = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getName();
        log.warn("Session {}: tool {} failed", call.channel().sessionId(), call.invocation().toolName(), failure);
        answer(call, WireJson.object().put("requestId", call.requestId()).put("error", message));
    }

    /** Answers a call that ran past the tool timeout with a timeout result, and cancels it. */
    private void timedOut(RunningCall call, Duration timeout) {
        String message = new CopilotTimeoutException("Tool '" + call.invocation().toolName() + "'", timeout)
                .getMessage();
        log.warn("Session {}: {}", call.channel().sessionId(), message);
        ToolResult result = ToolResult.of(ToolResult.ResultType.TIMEOUT, message).withError(message);
        answer(call, WireJson.object().put("requestId", call.requestId()).set("result", toWire(result)));
        call.invocation().cancellation().cancel();
    }

    /** Sends the call's answer; only the first one, so a result that comes after a timeout is dropped. */
    private void answer(RunningCall call, ObjectNode params) {
        running.remove(call.requestId(), call);
        if (!call.answered().compareAndSet(false, true)) {
            log.debug("Session {}: dropping a late answer of tool {}", call.channel().sessionId(),
                    call.invocation().toolName());
            return;
        }
        call.channel().request("session.tools.handlePendingToolCall", params).whenComplete((result, failure) -> {
            if (failure != null) {
                log.debug("Session {}: the result of tool {} was not delivered", call.channel().sessionId(),
                        call.invocation().toolName(), failure);
            }
        });
    }

    private void cancelRunning() {
        for (RunningCall call : running.values()) {
            running.remove(call.requestId(), call);
            ToolCancellation cancellation = call.invocation().cancellation();
            try {
                call.channel().callbackExecutor().execute(cancellation::cancel);
            } catch (RejectedExecutionException e) {
                cancellation.cancel();
            }
        }
    }

    /** The wire form of a handler's value: a result object, or a string the model sees verbatim. */
    static JsonNode resultNode(@Nullable Object value) {
        if (value == null) {
            return toWire(NO_RESULT);
        }
        if (value instanceof ToolResult result) {
            return toWire(result);
        }
        if (value instanceof String text) {
            return StringNode.valueOf(text);
        }
        return StringNode.valueOf(WireJson.MAPPER.writeValueAsString(value));
    }

    static ObjectNode toWire(ToolResult result) {
        ObjectNode node = WireJson.object()
                .put("textResultForLlm", result.textResultForLlm())
                .put("resultType", result.resultType().wireValue());
        if (result.error() != null) {
            node.put("error", result.error());
        }
        if (result.sessionLog() != null) {
            node.put("sessionLog", result.sessionLog());
        }
        if (result.toolTelemetry() != null) {
            node.set("toolTelemetry", result.toolTelemetry());
        }
        if (!result.binaryResultsForLlm().isEmpty()) {
            ArrayNode binaries = node.putArray("binaryResultsForLlm");
            for (ToolResult.BinaryResult binary : result.binaryResultsForLlm()) {
                ObjectNode entry = binaries.addObject()
                        .put("type", binary.type().wireValue())
                        .put("data", binary.data())
                        .put("mimeType", binary.mimeType());
                if (binary.description() != null) {
                    entry.put("description", binary.description());
                }
            }
        }
        return node;
    }

    /** The failure of a future: a dependent stage wraps its source's failure in a CompletionException. */
    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** A call whose handler has not answered yet; {@code answered} once its answer was sent. */
    private record RunningCall(String requestId, ToolInvocation invocation, SessionChannel channel,
            AtomicBoolean answered) {
    }
}
