package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.McpServerConfig;
import io.github.copilot4j.mcp.McpAuthRequest;
import io.github.copilot4j.mcp.McpAuthResult;
import io.github.copilot4j.permission.McpPermissionRequest;
import io.github.copilot4j.permission.PermissionDecision;
import io.github.copilot4j.permission.PermissionRequest;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelReply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** An OAuth-protected MCP server gets its token from the application's MCP auth handler. */
@CopilotTest
class McpOAuthIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final String TOKEN = "sdk-host-token";
    private static final String SERVER = "tracker";

    @Test
    void theHandlersTokenUnlocksTheServerAndItsTool(CopilotClient client, FakeModelServer model) throws Exception {
        try (LoopbackMcpServer mcp = new LoopbackMcpServer(TOKEN)) {
            model.enqueue(ModelReply.toolCall(SERVER + "-whoami", "{}"), ModelReply.text("You are the test user."));
            List<McpAuthRequest> authRequests = new CopyOnWriteArrayList<>();
            List<PermissionRequest> permissionRequests = new CopyOnWriteArrayList<>();
            SessionConfig config = SessionConfig.builder()
                    .mcpServers(Map.of(SERVER, McpServerConfig.http(mcp.mcpUrl()).tools(List.of("*")).build()))
                    .onMcpAuthRequest(request -> {
                        authRequests.add(request);
                        return new McpAuthResult.Token(TOKEN, "Bearer", 3600L);
                    })
                    .onPermissionRequest(context -> {
                        permissionRequests.add(context.request());
                        return PermissionDecision.approveOnce();
                    })
                    .build();
            try (CopilotSession session = client.createSession(config)) {
                // The CLI does not hold the first turn for a server still in its OAuth flow: its initial MCP load can
                // end with the server needs-auth or reconnecting, and a turn started then offers none of its tools.
                await().atMost(CONNECT_TIMEOUT).pollInterval(Duration.ofMillis(100))
                        .until(() -> session.listMcpServers().stream()
                                .anyMatch(server -> server.name().equals(SERVER) && server.isConnected()));
                assertThat(session.sendAndWait("Who am I?", TURN_TIMEOUT).orElseThrow().content())
                        .isEqualTo("You are the test user.");

                assertThat(authRequests).singleElement().satisfies(request -> {
                    assertThat(request.sessionId()).isEqualTo(session.sessionId());
                    assertThat(request.serverName()).isEqualTo(SERVER);
                    assertThat(request.serverUrl()).isEqualTo(mcp.mcpUrl());
                    assertThat(request.reason()).isEqualTo("initial");
                    assertThat(request.challenge()).isEqualTo(new McpAuthRequest.Challenge(
                            mcp.resourceMetadataUrl(), "mcp.read", "invalid_token"));
                    assertThat(request.resourceMetadata()).contains(mcp.mcpUrl());
                });
            }
            assertThat(mcp.authorizations()).startsWith("none").contains("Bearer " + TOKEN);
            assertThat(permissionRequests).singleElement().isInstanceOfSatisfying(McpPermissionRequest.class,
                    request -> assertThat(request.serverName()).isEqualTo(SERVER));
            assertThat(model.chatRequests().get(1).messages()).filteredOn(message -> message.role().equals("tool"))
                    .extracting(ModelMessage::content)
                    .containsExactly(LoopbackMcpServer.PRINCIPAL);
        }
    }
}
