package io.github.copilot4j.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotConnectionException;
import io.github.copilot4j.event.AbortEvent;
import io.github.copilot4j.event.EventEnvelope;
import io.github.copilot4j.event.ExternalToolRequestedEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.internal.wire.WireJson;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.ToolHandler;
import io.github.copilot4j.tool.ToolInvocation;
import io.github.copilot4j.tool.ToolResult;
import io.github.copilot4j.trace.TraceContext;
import io.github.copilot4j.trace.TraceContextPropagator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ToolCallDispatcherTests {

    private static final EventEnvelope ENVELOPE = new EventEnvelope("event-1", Instant.EPOCH, null, false, null);

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final FakeChannel channel = new FakeChannel(executor);

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void aStringResultIsSentVerbatimFromACallbackThread() throws Exception {
        AtomicReference<Thread> handlerThread = new AtomicReference<>();
        ToolCallDispatcher dispatcher = dispatcher("encrypt_string", invocation -> {
            handlerThread.set(Thread.currentThread());
            return invocation.arguments().get("input").asString().toUpperCase();
        });

        dispatcher.onEvent(request("r1", "encrypt_string", "{\"input\":\"Hello\"}"), channel);

        assertThat(channel.nextAnswer()).isEqualTo(json("{\"requestId\":\"r1\",\"result\":\"HELLO\"}"));
        assertThat(handlerThread.get()).isNotNull().isNotSameAs(Thread.currentThread());
    }

    @Test
    void theHandlerSeesTheCall() throws Exception {
        AtomicReference<ToolInvocation> seen = new AtomicReference<>();
        ToolCallDispatcher dispatcher = dispatcher("lookup", invocation -> {
            seen.set(invocation);
            return "ok";
        });

        dispatcher.onEvent(request("r1", "lookup", null), channel);
        channel.nextAnswer();

        ToolInvocation invocation = seen.get();
        assertThat(invocation.sessionId()).isEqualTo("session-1");
        assertThat(invocation.toolCallId()).isEqualTo("call-r1");
        assertThat(invocation.toolName()).isEqualTo("lookup");
        assertThat(invocation.arguments()).isEqualTo(WireJson.object());
        assertThat(invocation.traceContext()).isEqualTo(TraceContext.NONE);
        assertThat(invocation.cancellation().isCancelled()).isFalse();
    }

    @Test
    void anExceptionIsSentAsTheBareErrorMessage() throws Exception {
        ToolCallDispatcher dispatcher = dispatcher("encrypt_string", invocation -> {
            throw new IllegalStateException("Melbourne");
        });

        dispatcher.onEvent(request("r1", "encrypt_string", "{}"), channel);

        assertThat(channel.nextAnswer()).isEqualTo(json("{\"requestId\":\"r1\",\"error\":\"Melbourne\"}"));
    }

    @Test
    void nullBecomesTheNoResultFailure() throws Exception {
        ToolCallDispatcher dispatcher = dispatcher("t", invocation -> null);

        dispatcher.onEvent(request("r1", "t", "{}"), channel);

        assertThat(channel.nextAnswer()).isEqualTo(json("""
                {"requestId":"r1",
                 "result":{"textResultForLlm":"Tool returned no result.","resultType":"failure",
                           "error":"tool returned no result","toolTelemetry":{}}}
                """));
    }

    record Reading(String sensor, double value) {
    }

    @Test
    void anyOtherObjectIsSentAsJsonText() throws Exception {
        ToolCallDispatcher dispatcher = dispatcher("t", invocation -> new Reading("t1", 1.5));

        dispatcher.onEvent(request("r1", "t", "{}"), channel);

        assertThat(channel.nextAnswer().get("result").asString()).isEqualTo("{\"sensor\":\"t1\",\"value\":1.5}");
    }

    @Test
    void aToolResultIsSentAsAnObject() throws Exception {
        ObjectNode telemetry = WireJson.object();
        telemetry.putObject("cache").put("hit", true);
        ToolResult result = ToolResult.of(ToolResult.ResultType.DENIED, "Not allowed")
                .withError("policy")
                .withSessionLog("denied")
                .withToolTelemetry(telemetry)
                .withBinaryResultsForLlm(List.of(ToolResult.BinaryResult.image("aGk=", "image/png"),
                        new ToolResult.BinaryResult(ToolResult.BinaryResult.Type.RESOURCE, "eA==",
                                "text/plain", "notes.txt")));
        ToolCallDispatcher dispatcher = dispatcher("t", invocation -> result);

        dispatcher.onEvent(request("r1", "t", "{}"), channel);

        assertThat(channel.nextAnswer()).isEqualTo(json("""
                {"requestId":"r1",
                 "result":{"textResultForLlm":"Not allowed","resultType":"denied","error":"policy",
                           "sessionLog":"denied","toolTelemetry":{"cache":{"hit":true}},
                           "binaryResultsForLlm":[
                             {"type":"image","data":"aGk=","mimeType":"image/png"},
                             {"type":"resource","data":"eA==","mimeType":"text/plain","description":"notes.txt"}]}}
                """));
    }

    @Test
    void aFutureIsAwaitedWithoutHoldingTheCallbackThread() throws Exception {
        CompletableFuture<Object> pending = new CompletableFuture<>();
        CompletableFuture<Object> failing = new CompletableFuture<>();
        ToolCallDispatcher dispatcher = new ToolCallDispatcher(Map.of(
                "pending", invocation -> pending, "failing", invocation -> failing.thenApply(value -> value)));

        dispatcher.onEvent(request("r1", "pending", "{}"), channel);
        dispatcher.onEvent(request("r2", "failing", "{}"), channel);

        assertThat(channel.answers.poll(200, TimeUnit.MILLISECONDS)).isNull();
        pending.complete(ToolResult.success("done"));
        assertThat(channel.nextAnswer()).isEqualTo(json("""
                {"requestId":"r1","result":{"textResultForLlm":"done","resultType":"success"}}
                """));
        failing.completeExceptionally(new IllegalStateException("backend down"));
        assertThat(channel.nextAnswer()).isEqualTo(json("{\"requestId\":\"r2\",\"error\":\"backend down\"}"));
    }

    @Test
    void callsRunConcurrently() throws Exception {
        CountDownLatch bothStarted = new CountDownLatch(2);
        ToolCallDispatcher dispatcher = dispatcher("t", invocation -> {
            bothStarted.countDown();
            return bothStarted.await(5, TimeUnit.SECONDS) ? "together" : "alone";
        });

        dispatcher.onEvent(request("r1", "t", "{}"), channel);
        dispatcher.onEvent(request("r2", "t", "{}"), channel);

        assertThat(List.of(channel.nextAnswer(), channel.nextAnswer()))
                .extracting(answer -> answer.get("result").asString())
                .containsExactly("together", "together");
    }

    @Test
    void toolsThisClientDoesNotRunAreLeftAlone() throws Exception {
        ToolCallDispatcher dispatcher = ToolCallDispatcher.forTools(List.of(
                ToolDefinition.declaration("declared", null, null),
                ToolDefinition.of("mine", null, null, invocation -> "ran"))).orElseThrow();

        dispatcher.onEvent(request("r1", "declared", "{}"), channel);
        dispatcher.onEvent(request("r2", "someone_elses", "{}"), channel);
        dispatcher.onEvent(request("r3", "mine", "{}"), channel);

        assertThat(channel.nextAnswer().get("requestId").asString()).isEqualTo("r3");
        assertThat(channel.answers.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void noDispatcherWithoutHandlers() {
        assertThat(ToolCallDispatcher.forTools(null)).isEmpty();
        assertThat(ToolCallDispatcher.forTools(List.of(ToolDefinition.declaration("declared", null, null))))
                .isEmpty();
    }

    @Test
    void anAbortCancelsRunningCalls() throws Exception {
        assertCancelledBy(dispatcher -> dispatcher.onEvent(new AbortEvent(ENVELOPE, "user_initiated"), channel));
    }

    @Test
    void anAbortedIdleCancelsRunningCalls() throws Exception {
        assertCancelledBy(dispatcher -> dispatcher.onEvent(new SessionIdleEvent(ENVELOPE, true), channel));
    }

    @Test
    void aDisconnectCancelsRunningCalls() throws Exception {
        assertCancelledBy(dispatcher -> dispatcher.onDisconnect(new CopilotConnectionException("gone", null)));
    }

    @Test
    void aNormalIdleCancelsNothing() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Void> release = new CompletableFuture<>();
        ToolCallDispatcher dispatcher = dispatcher("t", invocation -> {
            started.countDown();
            release.get(5, TimeUnit.SECONDS);
            return invocation.cancellation().isCancelled() ? "cancelled" : "finished";
        });
        dispatcher.onEvent(request("r1", "t", "{}"), channel);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        dispatcher.onEvent(new SessionIdleEvent(ENVELOPE, false), channel);
        release.complete(null);

        assertThat(channel.nextAnswer().get("result").asString()).isEqualTo("finished");
    }

    @Test
    void theCallsTraceContextIsCurrentWhileTheHandlerRuns() throws Exception {
        List<String> trace = new CopyOnWriteArrayList<>();
        channel.propagator = new TraceContextPropagator() {
            @Override
            public TraceContext current() {
                return TraceContext.NONE;
            }

            @Override
            public AutoCloseable makeCurrent(TraceContext context) {
                trace.add("open " + context.traceparent() + " " + context.tracestate());
                return () -> trace.add("close");
            }
        };
        ToolCallDispatcher dispatcher = dispatcher("t", invocation -> {
            trace.add("handle");
            return "ok";
        });
        ExternalToolRequestedEvent traced = new ExternalToolRequestedEvent(ENVELOPE, "r1", "session-1", "call-1",
                "t", WireJson.object(), null, null, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                "vendor=1");

        dispatcher.onEvent(traced, channel);
        channel.nextAnswer();
        dispatcher.onEvent(request("r2", "t", "{}"), channel);
        channel.nextAnswer();

        assertThat(trace).containsExactly(
                "open 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01 vendor=1", "handle", "close",
                "handle");
    }

    @Test
    void aToolRunningPastTheTimeoutIsAnsweredWithATimeoutResultInterruptedAndCancelled() throws Exception {
        channel.toolTimeout = Duration.ofMillis(200);
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicReference<ToolInvocation> call = new AtomicReference<>();
        ToolCallDispatcher dispatcher = dispatcher("stuck", invocation -> {
            call.set(invocation);
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "too late";
        });

        dispatcher.onEvent(request("r1", "stuck", "{}"), channel);

        assertThat(channel.nextAnswer()).isEqualTo(json("{\"requestId\":\"r1\",\"result\":{"
                + "\"textResultForLlm\":\"Tool 'stuck' timed out after 200 ms\",\"resultType\":\"timeout\","
                + "\"error\":\"Tool 'stuck' timed out after 200 ms\"}}"));
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the handler's thread was interrupted").isTrue();
        assertThat(call.get().cancellation().isCancelled()).isTrue();
        assertThat(channel.answers.poll(300, TimeUnit.MILLISECONDS)).as("the late result is dropped").isNull();
    }

    @Test
    void aToolWhoseFutureCompletesPastTheTimeoutIsAnsweredWithATimeoutResult() throws Exception {
        channel.toolTimeout = Duration.ofMillis(200);
        CompletableFuture<String> never = new CompletableFuture<>();
        ToolCallDispatcher dispatcher = dispatcher("async", invocation -> never);

        dispatcher.onEvent(request("r1", "async", "{}"), channel);

        assertThat(channel.nextAnswer().path("result").path("resultType").asString()).isEqualTo("timeout");
        never.complete("too late");
        assertThat(channel.answers.poll(300, TimeUnit.MILLISECONDS)).as("the late result is dropped").isNull();
    }

    @Test
    void aToolWithinTheTimeoutAnswersNormallyAndItsThreadIsNotInterruptedLater() throws Exception {
        ExecutorService single = Executors.newSingleThreadExecutor();
        try {
            FakeChannel singleThreaded = new FakeChannel(single);
            singleThreaded.toolTimeout = Duration.ofMillis(300);
            ToolCallDispatcher dispatcher = dispatcher("quick", invocation -> "done");

            dispatcher.onEvent(request("r1", "quick", "{}"), singleThreaded);
            assertThat(singleThreaded.nextAnswer().get("result").asString()).isEqualTo("done");
            Thread.sleep(400);

            assertThat(single.submit(() -> Thread.currentThread().isInterrupted()).get(5, TimeUnit.SECONDS))
                    .isFalse();
        } finally {
            single.shutdownNow();
        }
    }

    private void assertCancelledBy(Consumer<ToolCallDispatcher> cancel) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicReference<@Nullable Thread> cancelThread = new AtomicReference<>();
        ToolCallDispatcher dispatcher = dispatcher("slow", invocation -> {
            invocation.cancellation().onCancel(() -> {
                cancelThread.set(Thread.currentThread());
                cancelled.countDown();
            });
            started.countDown();
            return cancelled.await(5, TimeUnit.SECONDS) ? "stopped" : "not cancelled";
        });
        dispatcher.onEvent(request("r1", "slow", "{}"), channel);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        cancel.accept(dispatcher);

        assertThat(channel.nextAnswer()).isEqualTo(json("{\"requestId\":\"r1\",\"result\":\"stopped\"}"));
        assertThat(cancelThread.get()).isNotNull().isNotSameAs(Thread.currentThread());
    }

    private static ToolCallDispatcher dispatcher(String name, ToolHandler handler) {
        return new ToolCallDispatcher(Map.of(name, handler));
    }

    private static SessionEvent request(String requestId, String toolName, @Nullable String arguments) {
        return new ExternalToolRequestedEvent(ENVELOPE, requestId, "session-1", "call-" + requestId, toolName,
                arguments == null ? null : json(arguments), null, null, null, null);
    }

    private static JsonNode json(String text) {
        return WireJson.MAPPER.readTree(text);
    }

    /** Records the answers a feature sends; runs callbacks on a thread pool. */
    private static final class FakeChannel implements SessionChannel {

        final BlockingQueue<JsonNode> answers = new LinkedBlockingQueue<>();
        final ExecutorService executor;
        TraceContextPropagator propagator = TraceContextPropagator.noop();
        @Nullable Duration toolTimeout;

        FakeChannel(ExecutorService executor) {
            this.executor = executor;
        }

        JsonNode nextAnswer() throws InterruptedException {
            JsonNode answer = answers.poll(5, TimeUnit.SECONDS);
            assertThat(answer).as("an answer within 5 s").isNotNull();
            return answer;
        }

        @Override
        public String sessionId() {
            return "session-1";
        }

        @Override
        public CompletableFuture<JsonNode> request(String method, ObjectNode params) {
            answers.add(method.equals("session.tools.handlePendingToolCall")
                    ? params : WireJson.object().put("unexpectedMethod", method));
            return CompletableFuture.completedFuture(WireJson.object());
        }

        @Override
        public ExecutorService callbackExecutor() {
            return executor;
        }

        @Override
        public TraceContextPropagator traceContextPropagator() {
            return propagator;
        }

        @Override
        public @Nullable Duration toolTimeout() {
            return toolTimeout;
        }
    }
}
