package io.github.copilot4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.config.ModelCapabilitiesOverride;
import io.github.copilot4j.config.ReasoningEffort;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.event.Subscription;
import io.github.copilot4j.event.UnknownSessionEvent;
import io.github.copilot4j.internal.wire.WireJson;
import io.github.copilot4j.mcp.McpServerInfo;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/** Session event delivery and turn completion against a fake JSON-RPC peer, without a CLI. */
@Timeout(20)
class CopilotSessionTests {

    private FakeCliPeer peer;
    /** Holds the peer's answers to {@code session.send} until completed. */
    private volatile CompletableFuture<Void> sendAnswers = CompletableFuture.completedFuture(null);
    private CopilotClient client;
    private CopilotSession session;

    @BeforeEach
    void openSession() throws Exception {
        peer = new FakeCliPeer(this::answer);
        client = new CopilotClient(CopilotClientOptions.builder().cliUrl(peer.url()).build());
        session = client.createSession(SessionConfig.builder().build());
    }

    @AfterEach
    void close() throws Exception {
        client.close();
        peer.close();
    }

    @Test
    void deliversEventsInOrderOffTheReaderThreadAndFiltersByType() throws Exception {
        List<String> all = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        List<AssistantMessageEvent> messages = new CopyOnWriteArrayList<>();
        session.on(event -> {
            all.add(event.type());
            threads.add(Thread.currentThread().getName());
        });
        session.on(AssistantMessageEvent.class, messages::add);

        for (int i = 0; i < 50; i++) {
            peer.sendEvent(session.sessionId(), "assistant.message_delta", WireJson.object().put("messageId", "m")
                    .put("deltaContent", Integer.toString(i)));
        }
        peer.sendEvent(session.sessionId(), "assistant.message", WireJson.object().put("messageId", "m")
                .put("content", "done"));
        peer.sendEvent(session.sessionId(), "future.event_type", WireJson.object().put("x", 1));

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> all.size() == 52);
        assertThat(all.subList(0, 50)).allMatch("assistant.message_delta"::equals);
        assertThat(all.subList(50, 52)).containsExactly("assistant.message", "future.event_type");
        assertThat(messages).extracting(AssistantMessageEvent::content).containsExactly("done");
        assertThat(threads).noneMatch(name -> name.startsWith("copilot-rpc-reader"));
    }

    @Test
    void aThrowingListenerDoesNotStopDelivery() throws Exception {
        List<SessionEvent> received = new CopyOnWriteArrayList<>();
        session.on(event -> {
            throw new IllegalStateException("listener failure in a test");
        });
        session.on(received::add);

        peer.sendEvent(session.sessionId(), "session.title_changed", WireJson.object().put("title", "a"));
        peer.sendEvent(session.sessionId(), "session.title_changed", WireJson.object().put("title", "b"));

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 2);
    }

    @Test
    void aClosedSubscriptionReceivesNothingMore() throws Exception {
        List<SessionEvent> received = new CopyOnWriteArrayList<>();
        Subscription subscription = session.on(received::add);
        peer.sendEvent(session.sessionId(), "session.title_changed", WireJson.object().put("title", "a"));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);

        subscription.close();
        subscription.close();
        CountDownLatch later = new CountDownLatch(1);
        session.on(event -> later.countDown());
        peer.sendEvent(session.sessionId(), "session.title_changed", WireJson.object().put("title", "b"));

        assertThat(later.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(received).hasSize(1);
    }

    @Test
    void sendAndWaitReturnsTheLastTopLevelMessageOnIdle() throws Exception {
        CompletableFuture<Optional<AssistantMessageEvent>> turn = session.sendAndWaitAsync("Hi",
                SendOptions.defaults(), Duration.ofSeconds(10));
        awaitSend();
        peer.sendEvent(session.sessionId(), "assistant.message", WireJson.object().put("messageId", "1")
                .put("content", "first"));
        peer.sendEvent(session.sessionId(), "assistant.message", WireJson.object().put("messageId", "2")
                .put("content", "from a sub-agent").put("parentToolCallId", "call-1"));
        peer.sendEvent(session.sessionId(), "assistant.message", WireJson.object().put("messageId", "3")
                .put("content", "final"));
        peer.sendEvent(session.sessionId(), "session.idle", WireJson.object());

        assertThat(turn.get(5, TimeUnit.SECONDS)).map(AssistantMessageEvent::content).hasValue("final");
    }

    @Test
    void sendAndWaitFailsWithTheErrorsMessage() throws Exception {
        CompletableFuture<Optional<AssistantMessageEvent>> turn = session.sendAndWaitAsync("Hi",
                SendOptions.defaults(), Duration.ofSeconds(10));
        awaitSend();
        peer.sendEvent(session.sessionId(), "session.error", WireJson.object().put("errorType", "query")
                .put("message", "Execution failed: 400 bad request").put("statusCode", 400));
        peer.sendEvent(session.sessionId(), "session.idle", WireJson.object());

        assertThatThrownBy(() -> Blocking.await(turn))
                .isInstanceOf(SessionErrorException.class)
                .hasMessage("Execution failed: 400 bad request")
                .satisfies(e -> assertThat(((SessionErrorException) e).statusCode()).isEqualTo(400));
    }

    @Test
    void sendAndWaitIgnoresTheEndOfTheTurnBeforeItsPromptWasAccepted() throws Exception {
        CompletableFuture<Optional<AssistantMessageEvent>> first = session.sendAndWaitAsync("Hi",
                SendOptions.defaults(), Duration.ofSeconds(10));
        awaitSends(1);
        peer.sendEvent(session.sessionId(), "session.error", WireJson.object().put("errorType", "query")
                .put("message", "Execution failed: the first turn failed"));
        assertThatThrownBy(() -> Blocking.await(first)).isInstanceOf(SessionErrorException.class);
        sendAnswers = new CompletableFuture<>();
        CountDownLatch firstTurnOver = new CountDownLatch(1);
        session.on(SessionIdleEvent.class, idle -> firstTurnOver.countDown());

        CompletableFuture<Optional<AssistantMessageEvent>> second = session.sendAndWaitAsync("Again",
                SendOptions.defaults(), Duration.ofSeconds(10));
        awaitSends(2);
        peer.sendEvent(session.sessionId(), "session.idle", WireJson.object());
        assertThat(firstTurnOver.await(5, TimeUnit.SECONDS)).isTrue();
        int answered = peer.responses().size();
        sendAnswers.complete(null);
        // The CLI emits the turn's events after its answer to session.send.
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> peer.responses().size() > answered);
        peer.sendEvent(session.sessionId(), "assistant.message", WireJson.object().put("messageId", "2")
                .put("content", "second answer"));
        peer.sendEvent(session.sessionId(), "session.idle", WireJson.object());

        assertThat(second.get(5, TimeUnit.SECONDS)).map(AssistantMessageEvent::content).hasValue("second answer");
    }

    @Test
    void finishedTurnsLeaveNothingHeldByTheSession() throws Exception {
        for (int turn = 1; turn <= 3; turn++) {
            CompletableFuture<Optional<AssistantMessageEvent>> answer = session.sendAndWaitAsync("Hi",
                    SendOptions.defaults(), Duration.ofSeconds(10));
            awaitSends(turn);
            peer.sendEvent(session.sessionId(), "session.idle", WireJson.object());
            answer.get(5, TimeUnit.SECONDS);
        }

        var disconnected = CopilotSession.class.getDeclaredField("disconnected");
        disconnected.setAccessible(true);
        assertThat(((CompletableFuture<?>) disconnected.get(session)).getNumberOfDependents()).isZero();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> listenerCount() == 0);
    }

    @Test
    void sendAndWaitRemovesItsListenerOnEveryPath() throws Exception {
        CountDownLatch idle = new CountDownLatch(1);
        session.on(SessionIdleEvent.class, event -> idle.countDown());
        assertThatThrownBy(() -> session.sendAndWait("Hi", Duration.ofMillis(200)))
                .isInstanceOf(CopilotTimeoutException.class)
                .hasMessageContaining("200 ms");

        List<SessionEvent> seen = new CopyOnWriteArrayList<>();
        session.on(seen::add);
        peer.sendEvent(session.sessionId(), "session.idle", WireJson.object());
        assertThat(idle.await(5, TimeUnit.SECONDS)).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 1);
        assertThat(listenerCount()).isEqualTo(2);
    }

    @Test
    void sendAndWaitFailsWhenTheSessionIsDisconnected() throws Exception {
        CompletableFuture<Optional<AssistantMessageEvent>> turn = session.sendAndWaitAsync("Hi",
                SendOptions.defaults(), Duration.ofSeconds(10));
        awaitSend();

        session.disconnect();

        assertThatThrownBy(() -> Blocking.await(turn)).isInstanceOf(CopilotConnectionException.class)
                .hasMessageContaining("disconnected");
        assertThat(client.sessions()).isEmpty();
    }

    @Test
    void keepsUnknownEventsWithTheirRawData() throws Exception {
        List<SessionEvent> received = new CopyOnWriteArrayList<>();
        session.on(UnknownSessionEvent.class, received::add);

        peer.sendEvent(session.sessionId(), "brand.new_event", WireJson.object().put("answer", 42));

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);
        UnknownSessionEvent unknown = (UnknownSessionEvent) received.get(0);
        assertThat(unknown.type()).isEqualTo("brand.new_event");
        assertThat(unknown.data().get("answer").asInt()).isEqualTo(42);
    }

    @Test
    void setModelSendsCapabilityOverridesOnlyWhenGiven() {
        session.setModel("claude-sonnet-4.5", null,
                ModelCapabilitiesOverride.builder().supportsVision(true).build());
        session.setModel("gpt-5", ReasoningEffort.HIGH);

        List<JsonNode> switches = paramsOf("session.model.switchTo");
        assertThat(switches).hasSize(2);
        assertThat(switches.get(0).get("modelId").asString()).isEqualTo("claude-sonnet-4.5");
        assertThat(switches.get(0).get("modelCapabilities"))
                .isEqualTo(WireJson.MAPPER.readTree("{\"supports\": {\"vision\": true}}"));
        assertThat(switches.get(0).has("reasoningEffort")).isFalse();
        assertThat(switches.get(1).has("modelCapabilities")).isFalse();
        assertThat(switches.get(1).get("reasoningEffort").asString()).isEqualTo("high");
    }

    @Test
    void clearContextSendsTheSeedPromptAndReturnsTheClearedCount() {
        assertThat(session.clearContext("Start over.")).isEqualTo(7);

        assertThat(paramsOf("session.history.clearContext")).singleElement().satisfies(params -> {
            assertThat(params.get("sessionId").asString()).isEqualTo(session.sessionId());
            assertThat(params.get("prompt").asString()).isEqualTo("Start over.");
        });
        assertThatThrownBy(() -> session.clearContext(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prompt");
    }

    @Test
    void setApproveAllSendsTheFlag() {
        session.setApproveAll(true);
        session.setApproveAll(false);

        assertThat(paramsOf("session.permissions.setApproveAll"))
                .extracting(params -> params.get("enabled").asBoolean()).containsExactly(true, false);
    }

    @Test
    void listMcpServersReadsTheServersAndTheirStatus() {
        assertThat(session.listMcpServers()).containsExactly(
                new McpServerInfo("github", "connected", "builtin", "https://api.example.com/mcp", null),
                new McpServerInfo("local", "failed", null, null, "spawn ENOENT"));
        assertThat(session.listMcpServers().get(0).isConnected()).isTrue();
        assertThat(paramsOf("session.mcp.list")).allSatisfy(params -> assertThat(params.get("sessionId")
                .asString()).isEqualTo(session.sessionId()));
    }

    private List<JsonNode> paramsOf(String method) {
        return peer.requests().stream().filter(request -> request.get("method").asString().equals(method))
                .map(request -> request.get("params")).toList();
    }

    private void awaitSend() {
        awaitSends(1);
    }

    private void awaitSends(int count) {
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> peer.requests().stream()
                .filter(request -> request.get("method").asString().equals("session.send")).count() >= count);
    }

    private int listenerCount() throws ReflectiveOperationException {
        var field = CopilotSession.class.getDeclaredField("listeners");
        field.setAccessible(true);
        return ((List<?>) field.get(session)).size();
    }

    private JsonNode answer(JsonNode request) {
        String method = request.get("method").asString();
        JsonNode params = request.path("params");
        return switch (method) {
            case "connect" -> FakeCliPeer.result(request, WireJson.object().put("ok", true)
                    .put("protocolVersion", 3).put("version", "1.0.102"));
            case "session.create" -> FakeCliPeer.result(request, WireJson.object()
                    .put("sessionId", params.get("sessionId").asString()));
            case "session.send" -> {
                sendAnswers.join();
                yield FakeCliPeer.result(request, WireJson.object().put("messageId", "msg-1"));
            }
            case "session.history.clearContext" -> FakeCliPeer.result(request,
                    WireJson.object().put("messagesCleared", 7));
            case "session.mcp.list" -> FakeCliPeer.result(request, WireJson.MAPPER.readTree("""
                    {"servers": [{"name": "github", "status": "connected", "source": "builtin",
                      "url": "https://api.example.com/mcp"},
                     {"name": "local", "status": "failed", "error": "spawn ENOENT"}]}"""));
            default -> FakeCliPeer.result(request, WireJson.object().put("success", true));
        };
    }
}
