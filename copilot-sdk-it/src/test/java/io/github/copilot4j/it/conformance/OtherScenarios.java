package io.github.copilot4j.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.AgentInfo;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotClientOptions;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.ResumeSessionConfig;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.Transport;
import io.github.copilot4j.config.CustomAgentConfig;
import io.github.copilot4j.config.NamedProviderConfig;
import io.github.copilot4j.config.ProviderConfig;
import io.github.copilot4j.config.ProviderModelConfig;
import io.github.copilot4j.config.ProviderType;
import io.github.copilot4j.config.WireApi;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionResumeEvent;
import io.github.copilot4j.event.UnknownSessionEvent;
import io.github.copilot4j.hook.PostToolUseInput;
import io.github.copilot4j.hook.PreToolUseInput;
import io.github.copilot4j.hook.PreToolUseOutput;
import io.github.copilot4j.hook.SessionHooks;
import io.github.copilot4j.mcp.McpAuthResult;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.testkit.ModelRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The remaining feature categories: pending work on resume, the multi-provider registry, per-session auth,
 * sub-agent hooks, the MCP OAuth resume, and the categories this SDK has no API for yet.
 */
final class OtherScenarios {

    private static final String TOKEN = "copilot4j-pending-work-token";

    private OtherScenarios() {
    }

    static void register(ScenarioRegistry registry) {
        registry.scenario("pending_work_resume/should_report_continuependingwork_true_in_resume_event.yaml",
                replay -> {
                    CopilotSession resumed = resumeOnAnotherClient(replay);
                    List<SessionEvent> history = resumed.getMessages();
                    SessionResumeEvent resume = history.stream().filter(SessionResumeEvent.class::isInstance)
                            .map(SessionResumeEvent.class::cast).findFirst().orElseThrow();
                    assertThat(resume.continuePendingWork()).isTrue();
                    assertThat(resume.sessionWasActive()).isFalse();
                    assertThat(replay.turn(resumed, replay.prompts().get(1)))
                            .contains("CONTINUE_PENDING_WORK_TRUE_TURN_TWO");
                });
        registry.scenario("pending_work_resume/should_resume_successfully_when_no_pending_work_exists.yaml",
                replay -> assertThat(replay.turn(resumeOnAnotherClient(replay), replay.prompts().get(1)))
                        .contains("NO_PENDING_TURN_TWO"));
        String pendingTool = "the SDK has no API for the session RPC tools.handlePendingToolCall, with which the "
                + "upstream test answers the pending external tool call from the resumed client";
        registry.unported("pending_work_resume/should_continue_pending_external_tool_request_after_resume.yaml",
                pendingTool);
        registry.unported("pending_work_resume/should_continue_parallel_pending_external_tool_requests_after_"
                + "resume.yaml", pendingTool);
        registry.unported("pending_work_resume/should_keep_pending_external_tool_handleable_on_cold_resume_when_"
                + "continuependingwork_is_false.yaml", pendingTool);
        registry.unported("pending_work_resume/should_keep_pending_external_tool_handleable_on_warm_resume_when_"
                + "continuependingwork_is_false.yaml", pendingTool);
        registry.unported("pending_work_resume/should_continue_pending_permission_request_after_resume.yaml",
                "the SDK has no API for the session RPCs permissions.pendingRequests and "
                        + "permissions.handlePendingPermissionRequest, with which the upstream test answers the "
                        + "pending permission request from the resumed client");

        for (String[] route : new String[][] {{"alpha_sonnet", "alpha/sonnet", "byok-gpt-4o", "alpha"},
                {"alpha_haiku", "alpha/haiku", "byok-gpt-4o-mini", "alpha"},
                {"delta_turbo", "delta/turbo", "byok-gpt-4-turbo", "delta"}}) {
            registry.scenario("multi_provider_registry/should_route_" + route[0] + "_turn_to_its_provider_and_wire_"
                    + "model.yaml", replay -> {
                        CopilotSession session = replay.createSession(approveAll().model(route[1])
                                .providers(List.of(provider(replay, "alpha"), provider(replay, "delta")))
                                .models(List.of(
                                        ProviderModelConfig.builder("sonnet", "alpha").wireModel("byok-gpt-4o").build(),
                                        ProviderModelConfig.builder("haiku", "alpha").wireModel("byok-gpt-4o-mini")
                                                .build(),
                                        ProviderModelConfig.builder("turbo", "delta").wireModel("byok-gpt-4-turbo")
                                                .build())));
                        replay.turn(session, replay.prompt());
                        assertThat(replay.chatRequests()).hasSize(1);
                        ModelRequest request = replay.chatRequests().get(0);
                        assertThat(request.model()).isEqualTo(route[2]);
                        assertThat(request.httpRequest().header("X-Provider")).isEqualTo(route[3]);
                        assertThat(request.httpRequest().header("Authorization")).isNotBlank();
                    });
        }
        registry.scenario("multi_provider_registry/should_register_multiple_providers_with_custom_agents_bound_to_"
                + "their_models.yaml", replay -> {
                    CopilotSession session = replay.createSession(approveAll().providers(registryProviders())
                            .models(registryModels()).customAgents(registryAgents()));
                    Map<String, String> models = session.listAgents().stream()
                            .collect(Collectors.toMap(AgentInfo::name, agent -> String.valueOf(agent.model())));
                    assertThat(models).containsExactlyInAnyOrderEntriesOf(Map.of("orchestrator", "alpha/sonnet",
                            "researcher", "beta/opus", "fast-helper", "alpha/haiku", "summarizer", "beta/haiku"));
                });

        String sessionAuth = "the SDK has no API for the session RPC gitHubAuth.getStatus, with which the upstream "
                + "test reads the session's authenticated login";
        registry.unported("per-session-auth/session_uses_client_token_when_no_session_token_is_supplied.yaml",
                sessionAuth);
        registry.unported("per-session-auth/session_token_overrides_client_token.yaml", sessionAuth);
        registry.unported("per-session-auth/session_auth_status_is_unauthenticated_without_token.yaml", sessionAuth);
        registry.unported("per-session-auth/session_fails_with_invalid_token.yaml", "ReplayingModelServer "
                + "authenticates every token at /copilot_internal/user, where the upstream proxy answers 401 for a "
                + "token it was not told about; the scenario needs a per-token user registry in the test kit");

        registry.scenario("resume_mcp_oauth/should_resume_a_persisted_session_with_mcp_auth_handler.yaml", replay -> {
            CopilotSession first = replay.createSession(approveAll()
                    .onMcpAuthRequest(request -> McpAuthResult.cancelled()));
            assertThat(replay.turn(first, replay.prompt())).contains("2");
            CopilotClient other = replay.newClient(options -> options);
            CopilotSession resumed = replay.resumeSession(other, first.sessionId(), approveAll()
                    .onMcpAuthRequest(request -> McpAuthResult.cancelled()).build());
            assertThat(resumed.sessionId()).isEqualTo(first.sessionId());
        });

        registry.drifted("subagent_hooks/should_invoke_pretooluse_and_posttooluse_hooks_for_sub_agent_tool_calls"
                + ".yaml", Set.of(Drift.VIEW_LINE_NUMBERS, Drift.SUB_AGENT_MODEL), replay -> {
                    List<PreToolUseInput> pre = new CopyOnWriteArrayList<>();
                    List<PostToolUseInput> post = new CopyOnWriteArrayList<>();
                    CopilotClient client = replay.newClient(options -> options
                            .environmentVariable("COPILOT_EXP_COPILOT_CLI_SESSION_BASED_SUBAGENTS", "true"));
                    CopilotSession session = replay.createSession(client, approveAll().hooks(SessionHooks.builder()
                            .onPreToolUse((input, context) -> {
                                pre.add(input);
                                return PreToolUseOutput.allow();
                            })
                            .onPostToolUse((input, context) -> {
                                post.add(input);
                                return null;
                            }).build()).build());
                    replay.writeFile("subagent-test.txt", "Hello from subagent test!");
                    replay.send(session, replay.prompt());
                    PreToolUseInput task = Waits.until("the task tool's preToolUse", () -> pre.stream()
                            .filter(input -> input.toolName().equals("task")).findFirst().orElse(null));
                    PreToolUseInput view = Waits.until("the sub-agent's view preToolUse", () -> pre.stream()
                            .filter(input -> input.toolName().equals("view")).findFirst().orElse(null));
                    Waits.until("the sub-agent's view postToolUse", () -> post.stream()
                            .filter(input -> input.toolName().equals("view")).findFirst().orElse(null));
                    assertThat(view.sessionId()).isNotEqualTo(task.sessionId());
                });

        registry.sdkGap("session_todos_changed/fires_session_todos_changed_and_exposes_rows_and_dependencies.yaml",
                "the SDK has no API for the session RPC plan.readSqlTodosWithDependencies, with which the upstream "
                        + "test reads the todo rows and dependencies; the scenario checks the session.todos_changed "
                        + "event only",
                replay -> {
                    EventLog events = new EventLog();
                    CopilotSession session = replay.createSession(approveAll().onEvent(events));
                    replay.turn(session, replay.prompt());
                    Waits.until("session.todos_changed", () -> events.of(UnknownSessionEvent.class).stream()
                            .filter(event -> event.type().equals("session.todos_changed")).findFirst().orElse(null));
                    throw new AssertionError("the todo rows cannot be read: no plan.readSqlTodosWithDependencies");
                });

        String suspend = "the SDK has no API for the session RPC suspend, which the upstream test calls";
        for (String name : List.of("should_allow_resume_and_continue_conversation_after_suspend",
                "should_cancel_pending_permission_request_when_suspending",
                "should_reject_pending_external_tool_when_suspending",
                "should_suspend_idle_session_without_throwing")) {
            registry.unported("suspend/" + name + ".yaml", suspend);
        }
        String sessionFs = "the SDK has no session file-system provider (sessionFs: the CLI's session state read and "
                + "written through the client, set with sessionFs.setProvider), which the upstream test installs";
        for (String name : List.of("should_load_session_data_from_fs_provider_on_resume",
                "should_map_large_output_handling_into_sessionfs", "should_persist_plan_md_via_sessionfs",
                "should_reject_setprovider_when_sessions_already_exist",
                "should_route_file_operations_through_the_session_fs_provider",
                "should_succeed_with_compaction_while_using_sessionfs",
                "should_write_workspace_metadata_via_sessionfs")) {
            registry.unported("session_fs/" + name + ".yaml", sessionFs);
        }
        for (String name : List.of("should_allow_subagents_to_use_sql_tool_via_inherited_sessionfs",
                "should_route_sql_queries_through_the_sessionfs_sqlite_handler")) {
            registry.unported("session_fs_sqlite/" + name + ".yaml", sessionFs + " with its SQLite handler");
        }
        String emptyMode = "CopilotClientOptions has no empty mode (mode \"empty\": no built-in tools unless "
                + "availableTools names them, environment context stripped, the SDK's isolation defaults), which "
                + "the upstream test creates its client with";
        for (String name : List.of("empty_mode_append_caller_instruction_takes_effect_and_env_context_stripped",
                "empty_mode_builtin_star_exposes_all_built_in_tools",
                "empty_mode_excluded_tools_subtracts_from_available_tools",
                "empty_mode_isolated_set_shell_tool_is_not_exposed",
                "empty_mode_strips_environment_context_from_the_system_message_by_default",
                "empty_mode_system_message_replace_llm_follows_caller_content_verbatim")) {
            registry.unported("mode_empty/" + name + ".yaml", emptyMode);
        }
        registry.unported("telemetry/should_export_file_telemetry_for_sdk_interactions.yaml", "CopilotClientOptions "
                + "has no telemetry settings (file exporter path, exporter type, source name, content capture), "
                + "which the upstream test configures and then reads the exported spans of");
        registry.unported("rewind/should_restore_tracked_file_and_conversation.yaml", "the SDK has no API for the "
                + "session RPCs history.listRewindPoints, history.previewRewind and history.rewind");
        registry.unported("canvas/canvas_list_discovers_declared_canvases.yaml", "the SDK has no API for the session "
                + "RPC canvas.list and no canvas handler, which the upstream test declares and lists");
        registry.unported("agent_and_compact_rpc/should_compact_session_history_after_messages.yaml", "the SDK has "
                + "no API for the session RPC history.compact");
    }

    private static SessionConfig.Builder approveAll() {
        return SessionConfig.builder().onPermissionRequest(PermissionHandler.approveAll());
    }

    /** The upstream test's two named providers, on hosts that are never contacted. */
    private static List<NamedProviderConfig> registryProviders() {
        ProviderConfig alpha = ProviderConfig.builder("https://alpha.example.test/v1").type(ProviderType.OPENAI)
                .wireApi(WireApi.COMPLETIONS).apiKey("alpha-secret").headers(Map.of("X-Provider", "alpha")).build();
        ProviderConfig beta = ProviderConfig.builder("https://beta.example.test").type(ProviderType.ANTHROPIC)
                .bearerToken("beta-bearer").headers(Map.of("X-Provider", "beta")).build();
        return List.of(NamedProviderConfig.of("alpha", alpha), NamedProviderConfig.of("beta", beta));
    }

    /** Two models per provider, one id used by both. */
    private static List<ProviderModelConfig> registryModels() {
        return List.of(
                ProviderModelConfig.builder("sonnet", "alpha").wireModel("byok-gpt-4o").maxPromptTokens(111111).build(),
                ProviderModelConfig.builder("haiku", "alpha").wireModel("byok-gpt-4o-mini").build(),
                ProviderModelConfig.builder("opus", "beta").wireModel("byok-claude-3-opus").build(),
                ProviderModelConfig.builder("haiku", "beta").wireModel("byok-claude-3-haiku").build());
    }

    /** Custom agents bound to provider-qualified models. */
    private static List<CustomAgentConfig> registryAgents() {
        return List.of(
                boundAgent("orchestrator", "Orchestrator", "Top-level planner.", "Plan and delegate.", "alpha/sonnet"),
                boundAgent("researcher", "Researcher", "Deep research subagent.", "Research thoroughly.", "beta/opus"),
                boundAgent("fast-helper", "Fast Helper", "Quick subagent.", "Answer quickly.", "alpha/haiku"),
                boundAgent("summarizer", "Summarizer", "Summarizing subagent.", "Summarize.", "beta/haiku"));
    }

    private static CustomAgentConfig boundAgent(String name, String displayName, String description, String prompt,
            String model) {
        return CustomAgentConfig.builder(name, prompt).displayName(displayName).description(description).model(model)
                .build();
    }

    private static NamedProviderConfig provider(Replay replay, String name) {
        return NamedProviderConfig.of(name, ProviderConfig.builder(replay.server().openAiBaseUrl())
                .type(ProviderType.OPENAI).wireApi(WireApi.COMPLETIONS).apiKey(name + "-secret")
                .headers(Map.of("X-Provider", name)).build());
    }

    /**
     * Takes the recording's first turn on a client attached to a CLI server, closes that client, and resumes the
     * session with {@code continuePendingWork} from a second attached client.
     */
    private static CopilotSession resumeOnAnotherClient(Replay replay) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        replay.newClient(options -> options.transport(Transport.TCP).port(port).connectionToken(TOKEN));
        CopilotClientOptions attach = CopilotClientOptions.builder().cliUrl("127.0.0.1:" + port)
                .connectionToken(TOKEN).build();
        CopilotClient first = replay.newClient(attach);
        CopilotSession session = replay.createSession(first, approveAll().build());
        replay.turn(session, replay.prompts().get(0));
        session.disconnect();
        first.forceStop();
        CopilotClient second = replay.newClient(attach);
        return replay.resumeSession(second, session.sessionId(), ResumeSessionConfig.builder()
                .session(approveAll().build()).continuePendingWork(true).build());
    }
}
