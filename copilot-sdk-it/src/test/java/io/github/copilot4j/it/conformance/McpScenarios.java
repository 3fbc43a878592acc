package io.github.copilot4j.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.CustomAgentConfig;
import io.github.copilot4j.config.DefaultAgentConfig;
import io.github.copilot4j.config.McpServerConfig;
import io.github.copilot4j.event.UnknownSessionEvent;
import io.github.copilot4j.event.UserMessageEvent;
import io.github.copilot4j.hook.PreMcpToolCallInput;
import io.github.copilot4j.hook.PreMcpToolCallOutput;
import io.github.copilot4j.hook.SessionHooks;
import io.github.copilot4j.input.ElicitationRequest;
import io.github.copilot4j.input.ElicitationResult;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.tool.CopilotToolParam;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.Tools;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The MCP server and custom agent recordings ({@code mcp_and_agents}, {@code mcp-and-agents}, {@code mcpservers},
 * {@code customagents}, {@code combinedconfiguration}, {@code pre_mcp_tool_call_hook}). Local MCP servers are
 * {@link StdioMcpTestServer} processes standing in for the upstream Node test servers.
 */
final class McpScenarios {

    /** Why a recording without prompts cannot show that its MCP servers connect. */
    static final String NO_MCP_LIST = "the SDK has no API for the session RPC mcp.list, which the upstream test polls "
            + "until the server is connected; the CLI connects a session's MCP servers only when it first needs "
            + "their tools (on mcp.list or the first prompt), and this recording has no prompt after the servers "
            + "were configured";

    private McpScenarios() {
    }

    static void register(ScenarioRegistry registry) {
        for (String key : List.of("mcp_and_agents/should_accept_mcp_server_configuration_on_session_create",
                "mcp_and_agents/accept_mcp_server_config_on_create",
                "mcp-and-agents/should_accept_mcp_server_configuration_on_session_create",
                "mcpservers/accept_mcp_server_config_on_create")) {
            registry.scenario(key + ".yaml", replay -> onCreate(replay, servers("test-server"), List.of()));
        }
        for (String key : List.of("mcp-and-agents/should_accept_mcp_server_configuration_on_session_resume",
                "mcpservers/accept_mcp_server_config_on_resume")) {
            registry.scenario(key + ".yaml", replay -> onResume(replay, approveAll().mcpServers(servers("test-server")),
                    "test-server"));
        }
        for (String key : List.of("mcp_and_agents/should_accept_mcp_server_configuration_on_session_resume",
                "mcp_and_agents/accept_mcp_server_config_on_resume")) {
            registry.sdkGap(key + ".yaml", NO_MCP_LIST, replay -> onResume(replay,
                    approveAll().mcpServers(servers("test-server")), "test-server"));
        }
        for (String key : List.of("mcp_and_agents/should_accept_mcp_server_configuration_without_args",
                "mcp_and_agents/accept_mcp_server_config_without_args")) {
            registry.scenario(key + ".yaml", replay -> {
                CopilotSession session = replay.createSession(approveAll().mcpServers(Map.of("test-server",
                        McpServerConfig.local("git").tools(List.of("*")).build())));
                assertThat(session.sessionId()).isNotBlank();
                for (String prompt : replay.prompts()) {
                    replay.turn(session, prompt);
                }
            });
        }
        registry.sdkGap("mcp_and_agents/should_handle_multiple_mcp_servers.yaml", NO_MCP_LIST,
                replay -> onCreate(replay, servers("server1", "server2"), List.of()));
        for (String key : List.of("mcp_and_agents/should_accept_both_mcp_servers_and_custom_agents",
                "mcp_and_agents/accept_mcp_servers_and_custom_agents",
                "mcp-and-agents/should_accept_both_mcp_servers_and_custom_agents",
                "combinedconfiguration/accept_mcp_servers_and_custom_agents")) {
            Scenario combined = replay -> onCreate(replay, servers("shared-server"),
                    List.of(agent("combined-agent", "Combined Agent", "An agent using shared MCP servers",
                            "You are a combined test agent.").build()));
            if (key.startsWith("mcp-and-agents/")) {
                registry.sdkGap(key + ".yaml", NO_MCP_LIST, combined);
            } else {
                registry.scenario(key + ".yaml", combined);
            }
        }
        registry.scenario("mcp_and_agents/should_pass_literal_env_values_to_mcp_server_subprocess.yaml", replay -> {
            Map<String, McpServerConfig> servers = Map.of("env-echo", StdioMcpServers.local("env-echo")
                    .env(Map.of("TEST_SECRET", "hunter2")).build());
            EventLog events = new EventLog();
            CopilotSession session = replay.createSession(approveAll().mcpServers(servers).onEvent(events));
            assertThat(replay.turn(session, replay.prompt())).contains("hunter2");
            awaitConnected(events, "env-echo");
        });
        registry.scenario("mcp_and_agents/should_round_trip_mcp_server_elicitation_request.yaml", replay -> {
            Path config = replay.writeFile("elicitation-config.json", """
                    [{"message": "Pick a color.", "requestedSchema": {"type": "object", "properties": {"color": \
                    {"type": "string", "enum": ["red", "blue"]}}, "required": ["color"]}}]""");
            CompletableFuture<ElicitationRequest> asked = new CompletableFuture<>();
            EventLog events = new EventLog();
            CopilotSession session = replay.createSession(approveAll().onEvent(events)
                    .mcpServers(Map.of("test-elicitation-server", StdioMcpServers.local("elicitation",
                            config.toString()).build()))
                    .onElicitationRequest(request -> {
                        asked.complete(request);
                        return ElicitationResult.accept(ConformanceTools.schema("{\"color\":\"blue\"}"));
                    }));
            assertThat(replay.turn(session, replay.prompt())).contains("blue");
            awaitConnected(events, "test-elicitation-server");
            ElicitationRequest request = asked.get(10, TimeUnit.SECONDS);
            assertThat(request.message()).isEqualTo("Pick a color.");
            assertThat(request.mode()).isIn(null, ElicitationRequest.Mode.FORM);
            assertThat(request.elicitationSource()).contains("test-elicitation-server");
            assertThat(request.requestedSchema()).isNotNull();
            assertThat(request.requestedSchema().path("type").asString()).isEqualTo("object");
        });

        for (String key : List.of("mcp_and_agents/should_accept_custom_agent_configuration_on_session_create",
                "mcp_and_agents/accept_custom_agent_config_on_create",
                "mcp-and-agents/should_accept_custom_agent_configuration_on_session_create",
                "customagents/accept_custom_agent_config_on_create")) {
            registry.scenario(key + ".yaml", replay -> onCreate(replay, Map.of(), List.of(agent("test-agent",
                    "Test Agent", "A test agent for SDK testing", "You are a helpful test agent.").infer(true)
                    .build())));
        }
        for (String key : List.of("mcp_and_agents/should_accept_custom_agent_configuration_on_session_resume",
                "mcp_and_agents/accept_custom_agent_config_on_resume",
                "mcp-and-agents/should_accept_custom_agent_configuration_on_session_resume",
                "customagents/accept_custom_agent_config_on_resume")) {
            registry.scenario(key + ".yaml", replay -> onResume(replay, approveAll().customAgents(List.of(
                    agent("resume-agent", "Resume Agent", "An agent added on resume", "You are a resume test agent.")
                            .build())), null));
        }
        registry.scenario("mcp_and_agents/should_handle_custom_agent_with_tools_configuration.yaml",
                replay -> onCreate(replay, Map.of(), List.of(agent("tool-agent", "Tool Agent",
                        "An agent with specific tools", "You are an agent with specific tools.")
                        .tools(List.of("bash", "edit")).infer(true).build())));
        registry.scenario("mcp_and_agents/should_handle_custom_agent_with_mcp_servers.yaml",
                replay -> onCreate(replay, Map.of(), List.of(agent("mcp-agent", "MCP Agent",
                        "An agent with its own MCP servers", "You are an agent with MCP servers.")
                        .mcpServers(servers("agent-server")).build())));
        registry.scenario("mcp_and_agents/should_handle_multiple_custom_agents.yaml",
                replay -> onCreate(replay, Map.of(), List.of(
                        agent("agent1", "Agent One", "First agent", "You are agent one.").build(),
                        agent("agent2", "Agent Two", "Second agent", "You are agent two.").infer(false).build())));
        registry.scenario("mcp_and_agents/should_hide_excluded_tools_from_default_agent.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll().tools(List.of(secretTool()))
                    .defaultAgent(new DefaultAgentConfig(List.of("secret_tool"))));
            assertThat(replay.turn(session, replay.prompt()).toLowerCase()).contains("no");
            assertThat(replay.chatRequests()).allSatisfy(request ->
                    assertThat(request.toolNames()).doesNotContain("secret_tool"));
        });
        registry.scenario("mcp_and_agents/should_accept_defaultagent_configuration_on_session_resume.yaml",
                replay -> onResume(replay, approveAll().tools(List.of(secretTool()))
                        .defaultAgent(new DefaultAgentConfig(List.of("secret_tool"))), null));

        registry.scenario("pre_mcp_tool_call_hook/should_set_meta_via_premcptoolcall_hook.yaml", replay -> {
            List<PreMcpToolCallInput> inputs = metaEcho(replay, PreMcpToolCallOutput.useMeta(
                    ConformanceTools.schema("{\"injected\":\"by-hook\",\"source\":\"test\"}")), "injected", "by-hook");
            assertThat(inputs.get(0).workingDirectory()).isNotBlank();
            assertThat(inputs.get(0).timestamp()).isAfter(Instant.EPOCH);
        });
        registry.scenario("pre_mcp_tool_call_hook/should_replace_meta_via_premcptoolcall_hook.yaml", replay ->
                metaEcho(replay, PreMcpToolCallOutput.useMeta(ConformanceTools.schema(
                        "{\"completely\":\"replaced\"}")), "completely", "replaced"));
        registry.scenario("pre_mcp_tool_call_hook/should_remove_meta_via_premcptoolcall_hook.yaml", replay ->
                metaEcho(replay, PreMcpToolCallOutput.dropMeta(), "\"meta\":null", "test-remove"));
    }

    private static SessionConfig.Builder approveAll() {
        return SessionConfig.builder().onPermissionRequest(PermissionHandler.approveAll());
    }

    private static Map<String, McpServerConfig> servers(String... names) {
        Map<String, McpServerConfig> servers = new LinkedHashMap<>();
        for (String name : names) {
            servers.put(name, StdioMcpServers.local("env-echo").build());
        }
        return servers;
    }

    private static CustomAgentConfig.Builder agent(String name, String displayName, String description,
            String prompt) {
        return CustomAgentConfig.builder(name, prompt).displayName(displayName).description(description);
    }

    private static ToolDefinition secretTool() {
        return Tools.of("secret_tool", "A secret tool hidden from the default agent", SecretArgs.class,
                arguments -> "SECRET:" + arguments.input());
    }

    /** Creates a session with {@code servers} and {@code agents}, waits for the servers, and replays the prompts. */
    private static void onCreate(Replay replay, Map<String, McpServerConfig> servers, List<CustomAgentConfig> agents) {
        EventLog events = new EventLog();
        SessionConfig.Builder config = approveAll().onEvent(events);
        if (!servers.isEmpty()) {
            config.mcpServers(servers);
        }
        if (!agents.isEmpty()) {
            config.customAgents(agents);
        }
        CopilotSession session = replay.createSession(config);
        assertThat(session.sessionId()).isNotBlank();
        for (String prompt : replay.prompts()) {
            replay.turn(session, prompt);
        }
        for (String name : servers.keySet()) {
            awaitConnected(events, name);
        }
    }

    /**
     * Sends the first recorded prompt (when the recording has one before the resume) on a plain session, resumes it
     * with {@code config} while open, waits for {@code server} if any, and sends the remaining prompts.
     */
    private static void onResume(Replay replay, SessionConfig.Builder config, String server) {
        List<String> prompts = new ArrayList<>(replay.prompts());
        CopilotSession first = replay.createSession(approveAll());
        if (!prompts.isEmpty()) {
            replay.turn(first, prompts.remove(0));
        }
        EventLog events = new EventLog();
        CopilotSession resumed = replay.resumeWhileOpen(replay.client(), first, config.onEvent(events).build());
        assertThat(resumed.sessionId()).isEqualTo(first.sessionId());
        for (String prompt : prompts) {
            replay.turn(resumed, prompt);
        }
        if (server != null) {
            awaitConnected(events, server);
        }
    }

    /**
     * Waits for the CLI to report the MCP server {@code name} connected. The CLI connects a session's MCP servers
     * when it first needs their tools (the first prompt, or the session RPC {@code mcp.list}), so a scenario sends
     * its first prompt before it waits, or cannot wait at all.
     */
    static void awaitConnected(EventLog events, String name) {
        if (events.of(UserMessageEvent.class).isEmpty()) {
            throw new AssertionError("MCP server " + name + " cannot connect before a prompt");
        }
        Waits.until("MCP server " + name + " connected", () -> events.of(UnknownSessionEvent.class).stream()
                .filter(event -> event.type().equals("session.mcp_server_status_changed"))
                .filter(event -> event.data().path("serverName").asString("").equals(name))
                .filter(event -> event.data().path("status").asString("").equals("connected"))
                .findFirst().orElse(null));
    }

    private static List<PreMcpToolCallInput> metaEcho(Replay replay, PreMcpToolCallOutput output,
            String... expected) {
        List<PreMcpToolCallInput> inputs = new CopyOnWriteArrayList<>();
        EventLog events = new EventLog();
        CopilotSession session = replay.createSession(approveAll().onEvent(events)
                .mcpServers(Map.of("meta-echo", StdioMcpServers.local("meta-echo").build()))
                .hooks(SessionHooks.builder().onPreMcpToolCall((input, context) -> {
                    inputs.add(input);
                    return output;
                }).build()));
        assertThat(replay.turn(session, replay.prompt())).contains(expected);
        awaitConnected(events, "meta-echo");
        assertThat(inputs).isNotEmpty();
        assertThat(inputs.get(0).serverName()).isEqualTo("meta-echo");
        assertThat(inputs.get(0).toolName()).isEqualTo("echo_meta");
        return inputs;
    }

    record SecretArgs(@CopilotToolParam(description = "Input to process") String input) {
    }
}
