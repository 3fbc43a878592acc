package io.github.copilot4j.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.SessionErrorEvent;
import io.github.copilot4j.event.ToolExecutionCompleteEvent;
import io.github.copilot4j.event.ToolExecutionStartEvent;
import io.github.copilot4j.permission.CustomToolPermissionRequest;
import io.github.copilot4j.permission.PermissionDecision;
import io.github.copilot4j.permission.PermissionDecisionContext;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.permission.PermissionRequest;
import io.github.copilot4j.permission.ShellPermissionRequest;
import io.github.copilot4j.permission.WritePermissionRequest;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.ToolResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** The {@code permissions} recordings: the session's permission handler deciding the CLI's requests. */
final class PermissionsScenarios {

    private PermissionsScenarios() {
    }

    static void register(ScenarioRegistry registry) {
        registry.drifted("permissions/should_invoke_permission_handler_for_write_operations.yaml",
                Drift.VIEW_LINE_NUMBERS, PermissionsScenarios::approvesWrites);
        registry.drifted("permissions/permission_handler_for_write_operations.yaml", Drift.VIEW_LINE_NUMBERS,
                PermissionsScenarios::approvesWrites);
        registry.scenario("permissions/should_deny_permission_when_handler_returns_denied.yaml",
                replay -> rejectsTheEdit(replay, true));
        registry.scenario("permissions/deny_permission.yaml", replay -> rejectsTheEdit(replay, false));
        registry.scenario("permissions/should_honor_a_decision_annotated_with_decisioncontext.yaml", replay -> {
            EventLog events = new EventLog();
            CopilotSession session = replay.createSession(SessionConfig.builder().onEvent(events)
                    .onPermissionRequest(context -> PermissionDecision.reject().withContext(
                            new PermissionDecisionContext(PermissionDecisionContext.Outcome.PROMPTED_USER,
                                    PermissionDecisionContext.Source.HUMAN_RESPONSE,
                                    PermissionDecisionContext.Surface.SDK))));
            Path file = replay.writeFile("protected.txt", "protected content");
            replay.send(session, replay.prompt());
            assertThat(events.toolErrors()).anyMatch(message -> message.toLowerCase().contains("user rejected"));
            assertThat(Files.readString(file)).isEqualTo("protected content");
        });
        registry.drifted("permissions/should_deny_tool_operations_when_handler_explicitly_denies.yaml",
                Drift.DENIAL_WORDING, replay -> {
                    EventLog events = new EventLog();
                    CopilotSession session = replay.createSession(SessionConfig.builder().onEvent(events)
                            .onPermissionRequest(context -> PermissionDecision.userNotAvailable()));
                    replay.turn(session, replay.prompt());
                    assertThat(events.toolErrors()).anyMatch(message -> message.contains("Permission denied"));
                });
        registry.drifted("permissions/should_deny_tool_operations_when_handler_explicitly_denies_after_resume.yaml",
                Drift.DENIAL_WORDING, replay -> {
                    CopilotSession first = replay.createSession(approveAll());
                    replay.turn(first, replay.prompts().get(0));
                    EventLog events = new EventLog();
                    CopilotSession resumed = replay.resumeWhileOpen(replay.client(), first,
                            SessionConfig.builder().onEvent(events)
                                    .onPermissionRequest(context -> PermissionDecision.userNotAvailable()).build());
                    replay.turn(resumed, replay.prompts().get(1));
                    assertThat(events.toolErrors()).anyMatch(message -> message.contains("Permission denied"));
                });
        registry.scenario("permissions/should_work_with_approve_all_permission_handler.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll());
            assertThat(replay.turn(session, replay.prompt())).contains("4");
        });
        registry.scenario("permissions/should_handle_async_permission_handler.yaml",
                PermissionsScenarios::asyncHandlerApprovesTheShell);
        registry.scenario("permissions/async_permission_handler.yaml",
                PermissionsScenarios::asyncHandlerApprovesTheShell);
        registry.scenario("permissions/permission_handler_for_shell_commands.yaml", replay -> {
            List<PermissionRequest> requests = new CopyOnWriteArrayList<>();
            CopilotSession session = replay.createSession(SessionConfig.builder().onPermissionRequest(context -> {
                requests.add(context.request());
                return PermissionDecision.approveOnce();
            }));
            replay.turn(session, replay.prompt());
            assertThat(requests).hasAtLeastOneElementOfType(ShellPermissionRequest.class);
        });
        registry.scenario("permissions/should_resume_session_with_permission_handler.yaml",
                PermissionsScenarios::resumedSessionAsksTheNewHandler);
        registry.scenario("permissions/resume_session_with_permission_handler.yaml",
                PermissionsScenarios::resumedSessionAsksTheNewHandler);
        registry.drifted("permissions/should_handle_permission_handler_errors_gracefully.yaml", Drift.DENIAL_WORDING,
                replay -> {
                    CopilotSession session = replay.createSession(SessionConfig.builder()
                            .onPermissionRequest(context -> {
                                throw new IllegalStateException("Handler error");
                            }));
                    assertThat(replay.turn(session, replay.prompt()).toLowerCase())
                            .containsAnyOf("fail", "cannot", "unable", "permission");
                });
        registry.drifted("permissions/permission_handler_errors.yaml", Drift.REPORT_INTENT, replay -> {
            EventLog events = new EventLog();
            CopilotSession session = replay.createSession(SessionConfig.builder().onEvent(events)
                    .onPermissionRequest(context -> {
                        throw new IllegalStateException("Test error message");
                    }));
            replay.turn(session, replay.prompt());
            assertThat(events.of(SessionErrorEvent.class)).allSatisfy(error -> assertThat(error.message()).isNotNull());
        });
        registry.scenario("permissions/should_receive_toolcallid_in_permission_requests.yaml",
                PermissionsScenarios::requestsCarryTheToolCallId);
        registry.scenario("permissions/tool_call_id_in_permission_requests.yaml",
                PermissionsScenarios::requestsCarryTheToolCallId);
        registry.scenario("permissions/should_wait_for_slow_permission_handler.yaml",
                PermissionsScenarios::waitsForASlowHandler);
        registry.scenario("permissions/should_handle_concurrent_permission_requests_from_parallel_tools.yaml",
                PermissionsScenarios::concurrentRequestsFromParallelTools);
        registry.scenario("permissions/should_deny_permission_with_noresult_kind.yaml", replay -> {
            CountDownLatch asked = new CountDownLatch(1);
            CopilotSession session = replay.createSession(SessionConfig.builder().onPermissionRequest(context -> {
                asked.countDown();
                return PermissionDecision.noResult();
            }));
            session.send(replay.prompt());
            assertThat(asked.await(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            session.disconnect();
        });
        registry.scenario("permissions/should_short_circuit_permission_handler_when_set_approve_all_enabled.yaml",
                replay -> {
                    AtomicBoolean asked = new AtomicBoolean();
                    CopilotSession session = replay.createSession(SessionConfig.builder()
                            .onPermissionRequest(context -> {
                                asked.set(true);
                                return PermissionDecision.approveOnce();
                            }));
                    session.setApproveAll(true);
                    try {
                        assertThat(replay.turn(session, replay.prompt())).contains("test");
                        assertThat(asked).isFalse();
                    } finally {
                        session.setApproveAll(false);
                    }
                });
    }

    private static SessionConfig.Builder approveAll() {
        return SessionConfig.builder().onPermissionRequest(PermissionHandler.approveAll());
    }

    private static void approvesWrites(Replay replay) throws Exception {
        List<PermissionRequest> requests = new CopyOnWriteArrayList<>();
        AtomicBoolean sessionIdMatched = new AtomicBoolean(true);
        CopilotSession[] session = new CopilotSession[1];
        session[0] = replay.createSession(SessionConfig.builder().onPermissionRequest(context -> {
            requests.add(context.request());
            if (session[0] != null && !context.sessionId().equals(session[0].sessionId())) {
                sessionIdMatched.set(false);
            }
            return PermissionDecision.approveOnce();
        }));
        Path file = replay.writeFile("test.txt", "original content");
        replay.turn(session[0], replay.prompt());
        assertThat(requests).hasAtLeastOneElementOfType(WritePermissionRequest.class);
        assertThat(sessionIdMatched).isTrue();
        assertThat(Files.readString(file)).isEqualTo("modified content");
    }

    private static void rejectsTheEdit(Replay replay, boolean expectUserRejection) throws Exception {
        EventLog events = new EventLog();
        CopilotSession session = replay.createSession(SessionConfig.builder().onEvent(events)
                .onPermissionRequest(context -> PermissionDecision.reject()));
        Path file = replay.writeFile("protected.txt", "protected content");
        replay.send(session, replay.prompt());
        if (expectUserRejection) {
            assertThat(events.toolErrors()).anyMatch(message -> message.toLowerCase().contains("user rejected"));
        }
        assertThat(Files.readString(file)).isEqualTo("protected content");
    }

    private static void asyncHandlerApprovesTheShell(Replay replay) {
        List<PermissionRequest> requests = new CopyOnWriteArrayList<>();
        CopilotSession session = replay.createSession(SessionConfig.builder().onPermissionRequest(context -> {
            requests.add(context.request());
            return CompletableFuture.supplyAsync(PermissionDecision::approveOnce,
                    CompletableFuture.delayedExecutor(10, TimeUnit.MILLISECONDS)).get();
        }));
        replay.turn(session, replay.prompt());
        assertThat(requests).isNotEmpty();
    }

    private static void resumedSessionAsksTheNewHandler(Replay replay) {
        CopilotSession first = replay.createSession(approveAll());
        replay.turn(first, replay.prompts().get(0));
        List<PermissionRequest> requests = new CopyOnWriteArrayList<>();
        CopilotSession resumed = replay.resumeWhileOpen(replay.client(), first, SessionConfig.builder()
                .onPermissionRequest(context -> {
                    requests.add(context.request());
                    return PermissionDecision.approveOnce();
                }).build());
        assertThat(resumed.sessionId()).isEqualTo(first.sessionId());
        replay.turn(resumed, replay.prompts().get(1));
        assertThat(requests).isNotEmpty();
    }

    private static void requestsCarryTheToolCallId(Replay replay) {
        List<String> toolCallIds = new CopyOnWriteArrayList<>();
        CopilotSession session = replay.createSession(SessionConfig.builder().onPermissionRequest(context -> {
            if (context.request().toolCallId() != null) {
                toolCallIds.add(context.request().toolCallId());
            }
            return PermissionDecision.approveOnce();
        }));
        replay.turn(session, replay.prompt());
        assertThat(toolCallIds).isNotEmpty().allSatisfy(id -> assertThat(id).isNotBlank());
    }

    private static void waitsForASlowHandler(Replay replay) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger count = new AtomicInteger();
        List<String> lifecycle = new CopyOnWriteArrayList<>();
        CopilotSession session = replay.createSession(SessionConfig.builder()
                .onEvent(event -> {
                    if (event instanceof ToolExecutionStartEvent start) {
                        lifecycle.add("tool-start:" + start.toolCallId());
                    } else if (event instanceof ToolExecutionCompleteEvent complete) {
                        lifecycle.add("tool-complete:" + complete.toolCallId());
                    }
                })
                .onPermissionRequest(context -> {
                    count.incrementAndGet();
                    lifecycle.add("permission-start:" + context.request().toolCallId());
                    started.countDown();
                    release.await();
                    lifecycle.add("permission-complete:" + context.request().toolCallId());
                    return PermissionDecision.approveOnce();
                }));
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> replay.turn(session, replay.prompt()));
        assertThat(started.await(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(lifecycle).noneMatch(entry -> entry.startsWith("tool-complete:"));
        release.countDown();
        assertThat(answer.get(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).contains("slow_handler_test");
        assertThat(count).hasValue(1);
        String callId = lifecycle.stream().filter(entry -> entry.startsWith("permission-start:")).findFirst()
                .orElseThrow().substring("permission-start:".length());
        assertThat(lifecycle.indexOf("permission-complete:" + callId))
                .isNotNegative().isLessThan(lifecycle.indexOf("tool-complete:" + callId));
    }

    private static void concurrentRequestsFromParallelTools(Replay replay) throws Exception {
        CountDownLatch bothArrived = new CountDownLatch(2);
        List<PermissionRequest> requests = new CopyOnWriteArrayList<>();
        AtomicBoolean firstCalled = new AtomicBoolean();
        AtomicBoolean secondCalled = new AtomicBoolean();
        ToolDefinition first = ToolDefinition.of("first_permission_tool", "First concurrent permission test tool",
                ConformanceTools.emptyObjectSchema(), invocation -> {
                    firstCalled.set(true);
                    return ToolResult.of(ToolResult.ResultType.REJECTED,
                            "first_permission_tool completed after permission approval");
                });
        ToolDefinition second = ToolDefinition.of("second_permission_tool", "Second concurrent permission test tool",
                ConformanceTools.emptyObjectSchema(), invocation -> {
                    secondCalled.set(true);
                    return ToolResult.of(ToolResult.ResultType.REJECTED,
                            "second_permission_tool completed after permission approval");
                });
        EventLog events = new EventLog();
        CopilotSession session = replay.createSession(SessionConfig.builder().onEvent(events)
                .tools(List.of(first, second))
                .availableTools(List.of("first_permission_tool", "second_permission_tool"))
                .onPermissionRequest(context -> {
                    requests.add(context.request());
                    bothArrived.countDown();
                    bothArrived.await();
                    return PermissionDecision.approveOnce();
                }));
        replay.send(session, replay.prompt());
        assertThat(requests).hasSize(2);
        assertThat(requests).filteredOn(CustomToolPermissionRequest.class::isInstance)
                .extracting(request -> ((CustomToolPermissionRequest) request).toolName())
                .containsExactlyInAnyOrder("first_permission_tool", "second_permission_tool");
        assertThat(firstCalled).isTrue();
        assertThat(secondCalled).isTrue();
        assertThat(events.toolErrors())
                .anyMatch(message -> message.contains("first_permission_tool completed after permission approval"))
                .anyMatch(message -> message.contains("second_permission_tool completed after permission approval"));
    }
}
