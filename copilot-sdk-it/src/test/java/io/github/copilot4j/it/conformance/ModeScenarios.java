package io.github.copilot4j.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SendOptions;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.command.CommandDefinition;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.event.SessionModelChangeEvent;
import io.github.copilot4j.event.UnknownSessionEvent;
import io.github.copilot4j.input.AutoModeSwitchRequest;
import io.github.copilot4j.input.AutoModeSwitchResponse;
import io.github.copilot4j.input.ElicitationResult;
import io.github.copilot4j.input.ExitPlanModeRequest;
import io.github.copilot4j.input.ExitPlanModeResult;
import io.github.copilot4j.permission.PermissionHandler;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** The {@code mode_handlers}, {@code commands} and {@code elicitation} recordings. */
final class ModeScenarios {

    private static final String NO_CAPABILITIES = "CopilotSession does not expose the capabilities the CLI "
            + "reports for it (capabilities.ui.elicitation), which the upstream test checks";
    private static final String NO_UI_ELICITATION = "CopilotSession has no UI elicitation API (session.ui.confirm/"
            + "select/input/elicitation, sent to the CLI as ui.elicitation requests that come back to the session's "
            + "elicitation handler), which the upstream test drives";

    private ModeScenarios() {
    }

    static void register(ScenarioRegistry registry) {
        registry.drifted("mode_handlers/should_invoke_exit_plan_mode_handler_when_model_uses_tool.yaml",
                Drift.MODE_CHANGED_NOTICE, replay -> {
                    List<ExitPlanModeRequest> requests = new CopyOnWriteArrayList<>();
                    EventLog events = new EventLog();
                    CopilotSession session = replay.createSession(approveAll().gitHubToken("mode-handler-token")
                            .onEvent(events).onExitPlanModeRequest(request -> {
                                requests.add(request);
                                return new ExitPlanModeResult(true, "interactive",
                                        "Approved by the copilot4j conformance suite");
                            }));
                    replay.turn(session, replay.prompt(), SendOptions.builder()
                            .agentMode(SendOptions.AgentMode.PLAN).build());
                    assertThat(requests).singleElement().satisfies(request -> {
                        assertThat(request.sessionId()).isEqualTo(session.sessionId());
                        assertThat(request.summary()).isEqualTo("Greeting file implementation plan");
                        assertThat(request.actions()).containsExactly("autopilot", "interactive", "exit_only");
                        assertThat(request.recommendedAction()).isEqualTo("interactive");
                        assertThat(request.planContent()).isNotNull();
                    });
                    assertThat(unknown(events, "exit_plan_mode.requested")).anyMatch(data ->
                            data.path("summary").asString().equals("Greeting file implementation plan"));
                    assertThat(unknown(events, "exit_plan_mode.completed")).anySatisfy(data -> {
                        assertThat(data.path("approved").asBoolean()).isTrue();
                        assertThat(data.path("selectedAction").asString()).isEqualTo("interactive");
                        assertThat(data.path("feedback").asString())
                                .isEqualTo("Approved by the copilot4j conformance suite");
                    });
                });
        registry.scenario("mode_handlers/should_invoke_auto_mode_switch_handler_when_rate_limited.yaml", replay -> {
            List<AutoModeSwitchRequest> requests = new CopyOnWriteArrayList<>();
            EventLog events = new EventLog();
            CopilotSession session = replay.createSession(approveAll().gitHubToken("mode-handler-token")
                    .model(replay.recordedModel()).onEvent(events).onAutoModeSwitchRequest(request -> {
                        requests.add(request);
                        return AutoModeSwitchResponse.YES;
                    }));
            CompletableFuture<SessionIdleEvent> idle = SessionScenarios.nextEvent(session, SessionIdleEvent.class);
            assertThat(session.send(replay.prompt())).isNotEmpty();
            idle.get(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertThat(unknown(events, "auto_mode_switch.requested")).anySatisfy(data -> {
                assertThat(data.path("errorCode").asString()).isEqualTo("user_weekly_rate_limited");
                assertThat(data.path("retryAfterSeconds").asInt()).isEqualTo(1);
            });
            assertThat(unknown(events, "auto_mode_switch.completed"))
                    .anyMatch(data -> data.path("response").asString().equals("yes"));
            assertThat(events.of(SessionModelChangeEvent.class))
                    .anyMatch(change -> "rate_limit_auto_switch".equals(change.cause()));
            assertThat(requests).singleElement().satisfies(request -> {
                assertThat(request.sessionId()).isEqualTo(session.sessionId());
                assertThat(request.errorCode()).isEqualTo("user_weekly_rate_limited");
                assertThat(request.retryAfterSeconds()).isEqualTo(1.0);
            });
        });

        registry.scenario("commands/session_with_commands_creates_successfully.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll().commands(List.of(
                    new CommandDefinition("deploy", "Deploy the app", context -> {
                    }),
                    new CommandDefinition("rollback", null, context -> {
                    }))));
            assertThat(session.sessionId()).matches("[a-f0-9-]+");
        });
        registry.scenario("commands/session_with_commands_resumes_successfully.yaml", replay -> {
            CopilotSession first = replay.createSession(approveAll());
            CopilotSession resumed = replay.resumeWhileOpen(replay.client(), first, approveAll().commands(List.of(
                    new CommandDefinition("deploy", "Deploy", context -> {
                    }))).build());
            assertThat(resumed.sessionId()).isEqualTo(first.sessionId());
        });
        registry.scenario("commands/session_with_no_commands_creates_successfully.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll());
            assertThat(session.sessionId()).matches("[a-f0-9-]+");
        });

        registry.scenario("elicitation/sends_requestelicitation_when_handler_provided.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll()
                    .onElicitationRequest(request -> ElicitationResult.accept(ConformanceTools.schema("{}"))));
            assertThat(session.sessionId()).matches("[a-f0-9-]+");
        });
        registry.scenario("elicitation/session_without_elicitationhandler_creates_successfully.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll());
            assertThat(session.sessionId()).matches("[a-f0-9-]+");
        });
        registry.unported("elicitation/defaults_capabilities_when_not_provided.yaml", NO_CAPABILITIES);
        registry.unported("elicitation/should_report_elicitation_capability_based_on_handler_presence.yaml",
                NO_CAPABILITIES);
        for (String name : List.of("confirm_returns_true_when_handler_accepts",
                "confirm_returns_false_when_handler_declines", "select_returns_selected_option",
                "input_returns_freeform_value", "elicitation_returns_all_action_shapes",
                "elicitation_throws_when_capability_is_missing")) {
            registry.unported("elicitation/" + name + ".yaml", NO_UI_ELICITATION);
        }
    }

    private static SessionConfig.Builder approveAll() {
        return SessionConfig.builder().onPermissionRequest(PermissionHandler.approveAll());
    }

    private static List<tools.jackson.databind.JsonNode> unknown(EventLog events, String type) {
        return events.of(UnknownSessionEvent.class).stream().filter(event -> event.type().equals(type))
                .map(UnknownSessionEvent::data).toList();
    }
}
