package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.McpServerConfig;
import io.github.copilot4j.permission.McpPermissionRequest;
import io.github.copilot4j.permission.PermissionDecision;
import io.github.copilot4j.permission.PermissionRequest;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelReply;
import io.github.copilot4j.testkit.ModelRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real MCP servers, built with the MCP Java SDK, used by the model through the CLI: a local one the CLI starts as a
 * child process over stdio, and a remote one speaking streamable HTTP. The CLI offers their tools to the model as
 * {@code <server>-<tool>}.
 */
@CopilotTest
class McpServersIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(90);
    private static final String PROMPT = "What is the weather in Paris?";

    private HttpMcpServer http;

    @BeforeEach
    void startHttpServer() throws Exception {
        http = new HttpMcpServer();
    }

    @AfterEach
    void stopHttpServer() {
        http.close();
    }

    @Test
    void theModelCallsAToolOfALocalStdioServerAndGetsItsResult(CopilotClient client, FakeModelServer model,
            CopilotTestEnvironment environment) throws Exception {
        Path pidFile = environment.root().resolve("stdio-mcp-server.pid");
        McpServerConfig weather = McpServerConfig.local(StdioMcpServerMain.javaExecutable())
                .args(StdioMcpServerMain.arguments(pidFile))
                .build();
        try {
            assertToolCallReachesTheModel(client, model, weather, "stdio");

            long pid = Long.parseLong(Files.readString(pidFile));
            assertThat(awaitExit(pid, Duration.ofSeconds(20)))
                    .as("the stdio MCP server process ended with its session").isTrue();
        } finally {
            killIfAlive(pidFile);
        }
    }

    @Test
    void theModelCallsAToolOfARemoteHttpServerAndGetsItsResult(CopilotClient client, FakeModelServer model) {
        assertToolCallReachesTheModel(client, model, McpServerConfig.http(http.url()).build(), "http");
    }

    @Test
    void onlyTheListedToolsOfAServerAreOffered(CopilotClient client, FakeModelServer model) {
        SessionConfig config = SessionConfig.builder()
                .mcpServers(Map.of(
                        "listed", McpServerConfig.http(http.url()).tools(List.of("forecast")).build(),
                        "all", McpServerConfig.http(http.url()).tools(List.of("*")).build(),
                        "none", McpServerConfig.http(http.url()).tools(List.of()).build()))
                .build();

        try (CopilotSession session = client.createSession(config)) {
            session.sendAndWait(PROMPT, TURN_TIMEOUT);
        }

        assertThat(mcpToolNames(model.chatRequests().get(0)))
                .containsExactlyInAnyOrder("listed-forecast", "all-forecast", "all-alerts");
    }

    @Test
    void aDisabledServerOffersNoTools(CopilotClient client, FakeModelServer model) {
        SessionConfig config = SessionConfig.builder()
                .mcpServers(Map.of(
                        "enabled", McpServerConfig.http(http.url()).build(),
                        "disabled", McpServerConfig.http(http.url()).build()))
                .disabledMcpServers(List.of("disabled"))
                .build();

        try (CopilotSession session = client.createSession(config)) {
            session.sendAndWait(PROMPT, TURN_TIMEOUT);
        }

        assertThat(mcpToolNames(model.chatRequests().get(0)))
                .containsExactlyInAnyOrder("enabled-forecast", "enabled-alerts");
    }

    /**
     * Configures {@code server} as {@code weather}, lets the model call its {@code forecast} tool with an approving
     * permission handler, and checks that the server's answer reaches the model.
     */
    private static void assertToolCallReachesTheModel(CopilotClient client, FakeModelServer model,
            McpServerConfig server, String origin) {
        model.enqueue(ModelReply.toolCall("weather-forecast", "{\"city\":\"Paris\"}"), ModelReply.text("Sunny."));
        List<PermissionRequest> permissionRequests = new CopyOnWriteArrayList<>();
        SessionConfig config = SessionConfig.builder()
                .mcpServers(Map.of("weather", server))
                .onPermissionRequest(context -> {
                    permissionRequests.add(context.request());
                    return PermissionDecision.approveOnce();
                })
                .build();

        try (CopilotSession session = client.createSession(config)) {
            assertThat(session.sendAndWait(PROMPT, TURN_TIMEOUT).orElseThrow().content()).isEqualTo("Sunny.");
        }

        List<ModelRequest> requests = model.chatRequests();
        assertThat(requests).hasSize(2);
        assertThat(mcpToolNames(requests.get(0))).containsExactlyInAnyOrder("weather-forecast", "weather-alerts");
        assertThat(requests.get(1).messages()).filteredOn(message -> message.role().equals("tool"))
                .extracting(ModelMessage::content)
                .containsExactly(McpTestTools.forecast("Paris", origin));
        assertThat(permissionRequests).singleElement().isInstanceOfSatisfying(McpPermissionRequest.class, request -> {
            assertThat(request.serverName()).isEqualTo("weather");
            assertThat(request.toolName()).isEqualTo("weather-forecast");
            assertThat(request.toolTitle()).isEqualTo("forecast");
            assertThat(request.args()).isNotNull();
            assertThat(request.args().path("city").asString()).isEqualTo("Paris");
        });
    }

    /** The offered tools that come from MCP servers: every tool named {@code <server>-<tool>}. */
    private static List<String> mcpToolNames(ModelRequest request) {
        return request.toolNames().stream().filter(name -> name.contains("-")).toList();
    }

    private static boolean awaitExit(long pid, Duration timeout) throws Exception {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return true;
        }
        try {
            process.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private static void killIfAlive(Path pidFile) throws Exception {
        if (Files.exists(pidFile)) {
            ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).ifPresent(process -> {
                process.destroyForcibly();
                process.onExit().join();
            });
        }
    }
}
