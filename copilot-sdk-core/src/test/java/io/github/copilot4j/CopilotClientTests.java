package io.github.copilot4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.internal.wire.WireJson;
import io.github.copilot4j.mcp.McpAuthResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/** The client's handshake and failure handling against a fake JSON-RPC peer, without a CLI. */
@Timeout(20)
class CopilotClientTests {

    @Test
    void rejectsAServerWithAnotherProtocolVersionNamingBothVersions() throws Exception {
        try (FakeCliPeer peer = new FakeCliPeer(request -> FakeCliPeer.result(request,
                WireJson.object().put("ok", true).put("protocolVersion", 2).put("version", "0.9.0")));
                CopilotClient client = client(peer)) {

            assertThatThrownBy(client::start)
                    .isInstanceOf(ProtocolVersionMismatchException.class)
                    .hasMessageContaining("protocol version 3")
                    .hasMessageContaining("reports protocol version 2")
                    .hasMessageContaining("0.9.0")
                    .hasMessageContaining("npm install @github/copilot@");
            assertThat(client.state()).isEqualTo(ConnectionState.FAILED);
        }
    }

    @Test
    void rejectsAServerThatReportsNoProtocolVersion() throws Exception {
        try (FakeCliPeer peer = new FakeCliPeer(request -> FakeCliPeer.result(request,
                WireJson.object().put("ok", true)));
                CopilotClient client = client(peer)) {

            assertThatThrownBy(client::start)
                    .isInstanceOf(ProtocolVersionMismatchException.class)
                    .hasMessageContaining("does not report a protocol version");
        }
    }

    @Test
    void fallsBackToPingWhenTheServerDoesNotKnowConnect() throws Exception {
        try (FakeCliPeer peer = new FakeCliPeer(request -> switch (request.get("method").asString()) {
            case "connect" -> FakeCliPeer.error(request, -32601, "Unhandled method connect");
            case "ping" -> FakeCliPeer.result(request, WireJson.object().put("message", "pong")
                    .put("protocolVersion", 3));
            default -> FakeCliPeer.error(request, -32601, "Unhandled method");
        });
                CopilotClient client = client(peer)) {

            client.start();

            assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
            assertThat(peer.requests()).extracting(request -> request.get("method").asString())
                    .containsExactly("connect", "ping");
        }
    }

    @Test
    void sendsTheConnectionTokenInTheHandshake() throws Exception {
        try (FakeCliPeer peer = new FakeCliPeer(CopilotClientTests::connectedVersion3);
                CopilotClient client = new CopilotClient(CopilotClientOptions.builder().cliUrl(peer.url())
                        .connectionToken("secret-connection-token").build())) {

            client.start();

            assertThat(peer.requests().get(0).at("/params/token").asString()).isEqualTo("secret-connection-token");
        }
    }

    @Test
    void failsPendingRequestsAndReportsFailureWhenTheConnectionDrops() throws Exception {
        try (FakeCliPeer peer = new FakeCliPeer(request -> request.get("method").asString().equals("connect")
                ? connectedVersion3(request) : null);
                CopilotClient client = client(peer)) {
            List<ConnectionState> states = new CopyOnWriteArrayList<>();
            client.onStateChange((previous, current, cause) -> states.add(current));
            client.start();
            CompletableFuture<ServerStatus> pending = client.getStatusAsync();

            long dropped = System.nanoTime();
            peer.disconnect();

            ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> pending.get(1, TimeUnit.SECONDS));
            assertThat(Duration.ofNanos(System.nanoTime() - dropped)).isLessThan(Duration.ofSeconds(1));
            assertThat(failure.getCause()).isInstanceOf(CopilotConnectionException.class);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(2))
                    .until(() -> client.state() == ConnectionState.FAILED);
            assertThat(states).containsSubsequence(ConnectionState.CONNECTING, ConnectionState.CONNECTED,
                    ConnectionState.FAILED);
        }
    }

    @Test
    void timesOutARequestTheServerNeverAnswersNamingTheMethodAndTime() throws Exception {
        try (FakeCliPeer peer = new FakeCliPeer(request -> request.get("method").asString().equals("connect")
                ? connectedVersion3(request) : null);
                CopilotClient client = new CopilotClient(CopilotClientOptions.builder().cliUrl(peer.url())
                        .requestTimeout(Duration.ofMillis(300)).build())) {

            assertThatThrownBy(client::getStatus)
                    .isInstanceOf(CopilotTimeoutException.class)
                    .hasMessageContaining("status.get")
                    .hasMessageContaining("300 ms");
        }
    }

    @Test
    void failsToStartWithAClearErrorWhenNothingListens() {
        try (CopilotClient client = new CopilotClient(CopilotClientOptions.builder().cliUrl("127.0.0.1:1").build())) {
            assertThatThrownBy(client::start)
                    .isInstanceOf(CopilotConnectionException.class)
                    .hasMessageContaining("Could not connect to the Copilot CLI at 127.0.0.1:1");
            assertThat(client.state()).isEqualTo(ConnectionState.FAILED);
        }
    }

    @Test
    void registersInterestInMcpOAuthRequestsOnlyForSessionsWithAnAuthHandler() throws Exception {
        try (FakeCliPeer peer = new FakeCliPeer(request -> switch (request.get("method").asString()) {
            case "connect" -> connectedVersion3(request);
            case "session.create", "session.resume" -> FakeCliPeer.result(request,
                    WireJson.object().put("sessionId", request.at("/params/sessionId").asString()));
            default -> FakeCliPeer.result(request, WireJson.object());
        });
                CopilotClient client = client(peer)) {

            client.createSession(SessionConfig.builder().sessionId("plain").build());
            client.createSession(SessionConfig.builder().sessionId("with-oauth")
                    .onMcpAuthRequest(request -> McpAuthResult.cancelled()).build());
            client.resumeSession("resumed", ResumeSessionConfig.of(SessionConfig.builder()
                    .onMcpAuthRequest(request -> McpAuthResult.cancelled()).build()));

            assertThat(peer.requests()).filteredOn(request -> request.get("method").asString()
                            .equals("session.eventLog.registerInterest"))
                    .extracting(request -> request.get("params").toString())
                    .containsExactly("{\"sessionId\":\"with-oauth\",\"eventType\":\"mcp.oauth_required\"}",
                            "{\"sessionId\":\"resumed\",\"eventType\":\"mcp.oauth_required\"}");
        }
    }

    @Test
    void resumingASessionOpenOnThisClientReplacesItOnceTheCliAccepts() throws Exception {
        try (FakeCliPeer peer = new FakeCliPeer(request -> switch (request.get("method").asString()) {
            case "connect" -> connectedVersion3(request);
            case "session.create" -> FakeCliPeer.result(request,
                    WireJson.object().put("sessionId", request.at("/params/sessionId").asString()));
            case "session.resume" -> request.at("/params/workingDirectory").asString("").equals("/refused")
                    ? FakeCliPeer.error(request, -32603, "Session not found")
                    : FakeCliPeer.result(request,
                            WireJson.object().put("sessionId", request.at("/params/sessionId").asString()));
            default -> FakeCliPeer.result(request, WireJson.object());
        });
                CopilotClient client = client(peer)) {
            CopilotSession created = client.createSession(SessionConfig.builder().sessionId("open").build());

            assertThatThrownBy(() -> client.resumeSession("open", ResumeSessionConfig.of(SessionConfig.builder()
                    .workingDirectory("/refused").build()))).isInstanceOf(JsonRpcException.class);
            assertThat(client.sessions()).containsExactly(created);
            assertThat(created.isConnected()).isTrue();

            CopilotSession resumed = client.resumeSession("open", ResumeSessionConfig.of(SessionConfig.builder()
                    .build()));

            assertThat(resumed).isNotSameAs(created);
            assertThat(client.sessions()).containsExactly(resumed);
            assertThat(created.isConnected()).isFalse();
            assertThat(resumed.isConnected()).isTrue();
            created.disconnect();
            assertThat(client.sessions()).containsExactly(resumed);
            assertThat(peer.requests()).extracting(request -> request.get("method").asString())
                    .doesNotContain("session.destroy");
        }
    }

    private static CopilotClient client(FakeCliPeer peer) {
        return new CopilotClient(CopilotClientOptions.builder().cliUrl(peer.url()).build());
    }

    private static JsonNode connectedVersion3(JsonNode request) {
        return FakeCliPeer.result(request, WireJson.object().put("ok", true).put("protocolVersion", 3)
                .put("version", "1.0.102"));
    }
}
