package io.github.copilot4j.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.AgentInfo;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.ModelInfo;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.CustomAgentConfig;
import io.github.copilot4j.event.UnknownSessionEvent;
import io.github.copilot4j.permission.PermissionHandler;
import java.util.List;
import java.util.Set;

/**
 * The {@code rpc_*} recordings: upstream tests that call the CLI's server and session RPCs directly through their
 * SDK's generated RPC surface. This SDK exposes only the RPCs behind its typed API, so each recording names the RPCs
 * it would need; those whose RPCs the SDK does expose (models, agent selection) run.
 */
final class RpcScenarios {

    /** Categories whose RPCs are the server's rather than a session's. */
    private static final Set<String> SERVER_CATEGORIES = Set.of("rpc_server", "rpc_server_misc",
            "rpc_server_plugins", "rpc_server_remote_control", "rpc_mcp_config");

    private final ScenarioRegistry registry;

    private RpcScenarios(ScenarioRegistry registry) {
        this.registry = registry;
    }

    static void register(ScenarioRegistry registry) {
        registry.scenario("rpc_server/should_call_rpc_models_list_with_typed_result.yaml", replay -> {
            assertThat(replay.client().listModels()).extracting(ModelInfo::id).contains("claude-sonnet-4.5");
            assertThat(replay.client().listModels()).allSatisfy(model -> assertThat(model.name()).isNotBlank());
        });
        registry.scenario("rpc_agents/should_list_available_custom_agents.yaml", replay -> {
            CopilotSession session = replay.createSession(withAgents(testAgent(), agent("another-agent",
                    "Another Agent", "Another test agent", "You are another agent.")));
            List<AgentInfo> agents = session.listAgents();
            assertThat(agents).extracting(AgentInfo::name).containsExactly("test-agent", "another-agent");
            assertThat(agents.get(0).displayName()).isEqualTo("Test Agent");
            assertThat(agents.get(0).description()).isEqualTo("A test agent");
        });
        registry.scenario("rpc_agents/should_return_null_when_no_agent_is_selected.yaml", replay ->
                assertThat(replay.createSession(withAgents(testAgent())).currentAgent()).isEmpty());
        registry.scenario("rpc_agents/should_select_and_get_current_agent.yaml", replay -> {
            CopilotSession session = replay.createSession(withAgents(testAgent()));
            AgentInfo selected = session.selectAgent("test-agent");
            assertThat(selected.name()).isEqualTo("test-agent");
            assertThat(selected.displayName()).isEqualTo("Test Agent");
            assertThat(session.currentAgent()).map(AgentInfo::name).contains("test-agent");
        });
        registry.scenario("rpc_agents/should_deselect_current_agent.yaml", replay -> {
            CopilotSession session = replay.createSession(withAgents(testAgent()));
            session.selectAgent("test-agent");
            session.deselectAgent();
            assertThat(session.currentAgent()).isEmpty();
        });
        registry.scenario("rpc_agents/should_return_empty_list_when_no_custom_agents_configured.yaml", replay ->
                assertThat(replay.createSession(SessionConfig.builder()
                        .onPermissionRequest(PermissionHandler.approveAll())).listAgents()).isEmpty());
        registry.scenario("rpc_agents/should_emit_subagent_selected_and_deselected_events.yaml", replay -> {
            EventLog events = new EventLog();
            CopilotSession session = replay.createSession(withAgents(testAgent()).onEvent(events));
            session.selectAgent("test-agent");
            UnknownSessionEvent selected = Waits.until("subagent.selected", () -> unknown(events, "subagent.selected"));
            assertThat(selected.data().path("agentName").asString()).isEqualTo("test-agent");
            assertThat(selected.data().path("agentDisplayName").asString()).isEqualTo("Test Agent");
            session.deselectAgent();
            Waits.until("subagent.deselected", () -> unknown(events, "subagent.deselected"));
            assertThat(session.currentAgent()).isEmpty();
        });
        new RpcScenarios(registry).registerRpcOnly();
    }

    private static SessionConfig.Builder withAgents(CustomAgentConfig... agents) {
        return SessionConfig.builder().onPermissionRequest(PermissionHandler.approveAll())
                .customAgents(List.of(agents));
    }

    private static CustomAgentConfig testAgent() {
        return agent("test-agent", "Test Agent", "A test agent", "You are a test agent.");
    }

    private static CustomAgentConfig agent(String name, String displayName, String description, String prompt) {
        return CustomAgentConfig.builder(name, prompt).displayName(displayName).description(description).build();
    }

    private static UnknownSessionEvent unknown(EventLog events, String type) {
        return events.of(UnknownSessionEvent.class).stream().filter(event -> event.type().equals(type)).findFirst()
                .orElse(null);
    }

    private void registerRpcOnly() {
        rpc("rpc_additional_edge_cases/mode_set_to_same_value_multiple_times_stays_stable", "mode.get", "mode.set");
        rpc("rpc_additional_edge_cases/name_set_with_unicode_round_trips", "name.get", "name.set");
        rpc("rpc_additional_edge_cases/permissions_reset_session_approvals_on_fresh_session_is_noop",
                "permissions.resetSessionApprovals");
        rpc("rpc_additional_edge_cases/permissions_set_approve_all_toggle_round_trips", "permissions.setApproveAll");
        rpc("rpc_additional_edge_cases/plan_delete_when_none_exists_is_idempotent", "plan.delete");
        rpc("rpc_additional_edge_cases/plan_update_with_empty_content_then_read_returns_empty", "plan.read",
                "plan.update");
        rpc("rpc_additional_edge_cases/shell_exec_with_zero_timeout_does_not_kill_long_running_command", "shell.exec",
                "shell.kill");
        rpc("rpc_additional_edge_cases/usage_get_metrics_on_fresh_session_returns_zero_tokens", "usage.getMetrics");
        rpc("rpc_additional_edge_cases/workspaces_create_file_with_empty_content_round_trips", "workspaces.createFile",
                "workspaces.readFile");
        rpc("rpc_additional_edge_cases/workspaces_create_file_with_large_content_round_trips", "workspaces.createFile",
                "workspaces.readFile");
        rpc("rpc_additional_edge_cases/workspaces_create_file_with_unicode_content_round_trips",
                "workspaces.createFile", "workspaces.readFile");
        rpc("rpc_additional_edge_cases/workspaces_createfile_then_listfiles_returns_sorted_or_stable_order",
                "workspaces.createFile", "workspaces.listFiles");
        rpc("rpc_additional_edge_cases/workspaces_getworkspace_returns_stable_result_across_calls",
                "workspaces.getWorkspace");
        rpc("rpc_agents/should_call_agent_reload", "agent.reload");
        rpc("rpc_event_side_effects/should_allow_session_use_after_truncate", "history.truncate", "mode.get",
                "workspaces.getWorkspace");
        rpc("rpc_event_side_effects/should_emit_mode_changed_event_when_mode_set", "mode.set");
        rpc("rpc_event_side_effects/should_emit_plan_changed_event_for_update_and_delete", "plan.delete",
                "plan.update");
        rpc("rpc_event_side_effects/should_emit_plan_changed_update_operation_on_second_update", "plan.update");
        rpc("rpc_event_side_effects/should_emit_snapshot_rewind_event_and_remove_events_on_truncate",
                "history.truncate");
        rpc("rpc_event_side_effects/should_emit_title_changed_event_when_name_set", "name.set");
        rpc("rpc_event_side_effects/should_emit_workspace_file_changed_event_when_file_created",
                "workspaces.createFile");
        rpc("rpc_mcp_and_skills/should_list_and_toggle_session_skills", "skills.disable", "skills.enable",
                "skills.list");
        rpc("rpc_mcp_and_skills/should_list_extensions", "extensions.list");
        rpc("rpc_mcp_and_skills/should_list_mcp_servers_with_configured_server", "mcp.list");
        rpc("rpc_mcp_and_skills/should_list_plugins", "plugins.list");
        rpc("rpc_mcp_and_skills/should_reload_session_skills", "skills.list", "skills.reload");
        rpc("rpc_mcp_and_skills/should_report_error_when_extensions_are_not_available", "extensions.disable",
                "extensions.enable", "extensions.reload");
        rpc("rpc_mcp_and_skills/should_report_error_when_mcp_host_is_not_initialized", "mcp.disable", "mcp.enable",
                "mcp.oauth.login", "mcp.reload");
        rpc("rpc_mcp_and_skills/should_report_error_when_mcp_oauth_server_is_not_configured", "mcp.oauth.login");
        rpc("rpc_mcp_and_skills/should_report_error_when_mcp_oauth_server_is_not_remote", "mcp.oauth.login");
        rpc("rpc_mcp_config/should_call_server_mcp_config_rpcs", "mcp.config.add", "mcp.config.disable",
                "mcp.config.enable", "mcp.config.list", "mcp.config.remove", "mcp.config.update");
        rpc("rpc_mcp_config/should_round_trip_http_mcp_oauth_config_rpc", "mcp.config");
        rpc("rpc_mcp_lifecycle/should_configure_github_mcp_server", "mcp.configureGitHub");
        rpc("rpc_mcp_lifecycle/should_list_tools_and_report_running_status_for_connected_server",
                "mcp.isServerRunning", "mcp.listTools");
        rpc("rpc_mcp_lifecycle/should_reload_mcp_servers_with_config", "mcp.reload");
        rpc("rpc_mcp_lifecycle/should_start_and_restart_mcp_server", "mcp.restartServer", "mcp.startServer");
        rpc("rpc_mcp_lifecycle/should_stop_running_mcp_server", "mcp.isServerRunning", "mcp.stopServer");
        rpc("rpc_mcp_lifecycle/should_throw_when_listing_tools_for_unconnected_server", "mcp.listTools");
        rpc("rpc_server/should_call_rpc_account_get_quota_when_authenticated", "account.getQuota");
        rpc("rpc_server/should_call_rpc_ping_with_typed_params_and_result", "ping");
        rpc("rpc_server/should_call_rpc_tools_list_with_typed_result", "tools.list");
        rpc("rpc_server/should_discover_server_mcp_and_skills", "agents.discover", "agents.getDiscoveryPaths",
                "instructions.discover", "instructions.getDiscoveryPaths", "mcp.discover",
                "skills.config.setDisabledSkills", "skills.discover", "skills.getDiscoveryPaths");
        rpc("rpc_server_misc/should_get_set_and_clear_user_settings", "user.settings.get", "user.settings.reload",
                "user.settings.set");
        rpc("rpc_server_misc/should_login_list_getcurrentauth_and_logout_account", "account.getAllUsers",
                "account.getCurrentAuth", "account.login", "account.logout");
        rpc("rpc_server_misc/should_reject_send_attachments_from_non_extension_connection",
                "extensions.sendAttachmentsToMessage");
        rpc("rpc_server_misc/should_reload_user_settings", "user.settings.reload");
        rpc("rpc_server_misc/should_report_agent_registry_spawn_gate_closed", "agentRegistry.spawn");
        rpc("rpc_server_misc/should_report_not_found_when_opening_session_without_context", "sessions.open");
        rpc("rpc_server_misc/should_shut_down_owned_runtime", "runtime.shutdown", "user.settings.reload");
        rpc("rpc_server_plugins/should_enable_and_disable_marketplace_plugin", "plugins.disable", "plugins.enable",
                "plugins.install", "plugins.list", "plugins.marketplaces.add");
        rpc("rpc_server_plugins/should_install_direct_local_plugin_with_deprecation_warning", "plugins.install",
                "plugins.list", "plugins.uninstall");
        rpc("rpc_server_plugins/should_install_list_and_uninstall_plugin_from_local_marketplace", "plugins.install",
                "plugins.list", "plugins.marketplaces.add", "plugins.uninstall");
        rpc("rpc_server_plugins/should_list_browse_refresh_and_remove_local_marketplace", "plugins.marketplaces.add",
                "plugins.marketplaces.browse", "plugins.marketplaces.list", "plugins.marketplaces.refresh",
                "plugins.marketplaces.remove");
        rpc("rpc_server_plugins/should_reload_mcp_config_cache", "mcp.config.reload");
        rpc("rpc_server_plugins/should_update_all_installed_plugins", "plugins.install", "plugins.marketplaces.add",
                "plugins.updateAll");
        rpc("rpc_server_plugins/should_update_single_marketplace_plugin", "plugins.install",
                "plugins.marketplaces.add", "plugins.update");
        rpc("rpc_server_remote_control/should_reach_runtime_when_starting_remote_control_for_unknown_session",
                "sessions.startRemoteControl", "sessions.stopRemoteControl");
        rpc("rpc_server_remote_control/should_reject_transfer_when_off_with_compare_and_swap",
                "sessions.transferRemoteControl");
        rpc("rpc_server_remote_control/should_report_not_stopped_when_remote_control_is_off",
                "sessions.stopRemoteControl");
        rpc("rpc_server_remote_control/should_report_remote_control_status_as_off", "sessions.getRemoteControlStatus");
        rpc("rpc_server_remote_control/should_treat_set_steering_as_no_op_when_off",
                "sessions.setRemoteControlSteering");
        rpc("rpc_session_state/should_call_session_rpc_model_getcurrent", "model.getCurrent");
        rpc("rpc_session_state/should_call_session_rpc_model_switchto", "model.getCurrent", "model.switchTo");
        rpc("rpc_session_state/should_call_session_usage_and_permission_rpcs", "permissions.resetSessionApprovals",
                "permissions.setApproveAll", "usage.getMetrics");
        rpc("rpc_session_state/should_call_workspace_file_rpc_methods", "workspaces.createFile",
                "workspaces.getWorkspace", "workspaces.listFiles", "workspaces.readFile");
        rpc("rpc_session_state/should_compact_session_history_after_messages", "history.compact",
                "metadata.contextInfo", "metadata.isProcessing", "metadata.recomputeContextTokens", "name.get");
        rpc("rpc_session_state/should_create_workspace_file_with_nested_path_auto_creating_dirs",
                "workspaces.createFile", "workspaces.listFiles", "workspaces.readFile");
        rpc("rpc_session_state/should_emit_title_changed_event_each_time_name_set_is_called", "name.set");
        rpc("rpc_session_state/should_fork_session_to_event_id_excluding_boundary_event", "sessions.fork");
        rpc("rpc_session_state/should_fork_session_with_persisted_messages", "sessions.fork");
        rpc("rpc_session_state/should_get_and_set_session_metadata", "instructions.getSources", "name.get", "name.set");
        rpc("rpc_session_state/should_get_and_set_session_mode", "mode.get", "mode.set");
        rpc("rpc_session_state/should_handle_forking_session_without_persisted_events", "sessions.fork");
        rpc("rpc_session_state/should_read_update_and_delete_plan", "plan.delete", "plan.read", "plan.update");
        rpc("rpc_session_state/should_reject_empty_or_whitespace_session_name", "name.set");
        rpc("rpc_session_state/should_reject_workspace_file_path_traversal", "workspaces.createFile",
                "workspaces.readFile");
        rpc("rpc_session_state/should_report_error_reading_nonexistent_workspace_file", "workspaces.readFile");
        rpc("rpc_session_state/should_report_error_when_forking_session_to_unknown_event_id", "sessions.fork");
        rpc("rpc_session_state/should_report_implemented_errors_for_unsupported_session_rpc_paths", "history.truncate",
                "mcp.oauth.login");
        rpc("rpc_session_state/should_report_processing_and_context_metadata", "metadata.contextInfo",
                "metadata.isProcessing");
        rpc("rpc_session_state/should_set_and_get_each_session_mode_value", "mode.get", "mode.set");
        rpc("rpc_session_state/should_update_existing_workspace_file_with_update_operation", "name.set",
                "workspaces.createFile", "workspaces.readFile");
        rpc("rpc_session_state_extras/should_add_byok_provider_and_model_at_runtime", "model.getCurrent", "model.list",
                "model.switchTo", "provider.add");
        rpc("rpc_session_state_extras/should_get_and_set_allowall_permissions", "permissions.getMode",
                "permissions.setMode");
        rpc("rpc_session_state_extras/should_get_context_attribution_and_heaviest_messages_after_turn",
                "metadata.getContextAttribution", "metadata.getContextHeaviestMessages");
        rpc("rpc_session_state_extras/should_get_current_tool_metadata_after_initialization",
                "tools.getCurrentMetadata");
        rpc("rpc_session_state_extras/should_get_telemetry_engagement_id", "telemetry.getEngagementId");
        rpc("rpc_session_state_extras/should_list_models_for_session", "model.list");
        rpc("rpc_session_state_extras/should_read_empty_sql_todos_for_fresh_session", "plan.readSqlTodos");
        rpc("rpc_session_state_extras/should_reload_session_plugins", "plugins.list", "plugins.reload");
        rpc("rpc_session_state_extras/should_report_session_activity_when_idle", "metadata.activity");
        rpc("rpc_session_state_extras/should_report_visibility_as_unsynced_for_local_session", "visibility.get",
                "visibility.set");
        rpc("rpc_session_state_extras/should_return_empty_completions_when_host_does_not_provide_them",
                "completions.getTriggerCharacters", "completions.request");
        rpc("rpc_session_state_extras/should_update_and_clear_live_subagent_settings", "tools.updateSubagentSettings");
        rpc("rpc_shell_and_fleet/should_execute_shell_command", "shell.exec");
        rpc("rpc_shell_and_fleet/should_kill_shell_process", "shell.exec", "shell.kill");
        rpc("rpc_shell_and_fleet/should_start_fleet_and_complete_custom_tool_task", "fleet.start");
        rpc("rpc_shell_edge_cases/shell_exec_with_custom_cwd_honors_override", "shell.exec");
        rpc("rpc_shell_edge_cases/shell_exec_with_large_stdout_cleans_up", "shell.exec");
        rpc("rpc_shell_edge_cases/shell_exec_with_nonexistent_command_returns_processid_and_cleans_up", "shell.exec");
        rpc("rpc_shell_edge_cases/shell_exec_with_stderr_output_cleans_up", "shell.exec");
        rpc("rpc_shell_edge_cases/shell_exec_with_timeout_kills_long_running_command", "shell.exec");
        rpc("rpc_shell_edge_cases/shell_kill_cleans_up_after_terminating_signal", "shell.exec", "shell.kill");
        rpc("rpc_shell_edge_cases/shell_kill_unknown_processid_returns_false", "shell.kill");
        rpc("rpc_shell_user_requested/should_cancel_user_requested_shell_command", "shell.cancelUserRequested",
                "shell.executeUserRequested");
        rpc("rpc_shell_user_requested/should_execute_user_requested_shell_command", "shell.executeUserRequested");
        rpc("rpc_tasks_and_handlers/should_list_task_state_and_return_false_for_missing_task_operations",
                "tasks.cancel", "tasks.getCurrentPromotable", "tasks.getProgress", "tasks.list",
                "tasks.promoteCurrentToBackground", "tasks.promoteToBackground", "tasks.refresh", "tasks.remove",
                "tasks.sendMessage", "tasks.waitForPending");
        rpc("rpc_tasks_and_handlers/should_report_implemented_error_for_invalid_task_agent_model", "tasks.list",
                "tasks.startAgent");
        rpc("rpc_tasks_and_handlers/should_report_implemented_error_for_missing_task_agent_type", "tasks.startAgent");
        rpc("rpc_tasks_and_handlers/should_return_expected_results_for_missing_pending_handler_requestids",
                "commands.handlePendingCommand", "mcp.headers.handlePendingHeadersRefreshRequest",
                "permissions.handlePendingPermissionRequest", "tools.handlePendingToolCall",
                "ui.handlePendingAutoModeSwitch", "ui.handlePendingElicitation", "ui.handlePendingExitPlanMode",
                "ui.handlePendingSampling", "ui.handlePendingSessionLimitsExhausted", "ui.handlePendingUserInput");
        rpc("rpc_tasks_and_handlers/should_start_background_agent_and_report_task_details", "tasks.cancel",
                "tasks.list", "tasks.remove", "tasks.startAgent");
        rpc("rpc_ui_ephemeral_query/should_answer_ephemeral_query", "ui.ephemeralQuery");
    }

    private void rpc(String recording, String... methods) {
        String category = recording.substring(0, recording.indexOf('/'));
        String scope = SERVER_CATEGORIES.contains(category) ? "server" : "session";
        registry.unported(recording + ".yaml", "RPC-only upstream test: the SDK has no API for the " + scope
                + " RPC" + (methods.length > 1 ? "s " : " ") + String.join(", ", methods));
    }
}
