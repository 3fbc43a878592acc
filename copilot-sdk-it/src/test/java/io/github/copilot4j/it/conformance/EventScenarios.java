package io.github.copilot4j.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.InfiniteSessionConfig;
import io.github.copilot4j.event.AssistantMessageDeltaEvent;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.AssistantUsageEvent;
import io.github.copilot4j.event.SessionCompactionCompleteEvent;
import io.github.copilot4j.event.SessionCompactionStartEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.event.SessionStartEvent;
import io.github.copilot4j.event.SessionUsageInfoEvent;
import io.github.copilot4j.event.ToolExecutionCompleteEvent;
import io.github.copilot4j.event.ToolExecutionStartEvent;
import io.github.copilot4j.event.UserMessageEvent;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.tool.CopilotToolParam;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.Tools;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The {@code event_fidelity}, {@code session_lifecycle}, {@code abort} and {@code compaction} recordings: what the
 * session's events say, in which order, and how turns end.
 */
final class EventScenarios {

    private EventScenarios() {
    }

    static void register(ScenarioRegistry registry) {
        registry.drifted("event_fidelity/should_emit_events_in_correct_order_for_tool_using_conversation.yaml",
                Drift.VIEW_LINE_NUMBERS, replay -> {
                    replay.writeFile("hello.txt", "Hello World");
                    EventLog events = new EventLog();
                    CopilotSession session = replay.createSession(approveAll().onEvent(events));
                    replay.turn(session, replay.prompt());
                    List<String> types = events.types();
                    assertThat(types).contains(UserMessageEvent.TYPE, AssistantMessageEvent.TYPE);
                    assertThat(types.indexOf(UserMessageEvent.TYPE))
                            .isLessThan(types.lastIndexOf(AssistantMessageEvent.TYPE));
                    assertThat(types.lastIndexOf(SessionIdleEvent.TYPE)).isEqualTo(types.size() - 1);
                });
        registry.scenario("event_fidelity/should_include_valid_fields_on_all_events.yaml", replay -> {
            EventLog events = new EventLog();
            CopilotSession session = replay.createSession(approveAll().onEvent(events));
            replay.turn(session, replay.prompt());
            assertThat(events.all()).isNotEmpty().allSatisfy(event -> {
                assertThat(event.id()).isNotEmpty();
                assertThat(event.timestamp()).isAfter(Instant.EPOCH);
            });
            assertThat(events.of(UserMessageEvent.class)).first().extracting(UserMessageEvent::content).isNotNull();
            AssistantMessageEvent answer = events.of(AssistantMessageEvent.class).get(0);
            assertThat(answer.messageId()).isNotEmpty();
            assertThat(answer.content()).isNotNull();
        });
        registry.drifted("event_fidelity/should_emit_tool_execution_events_with_correct_fields.yaml",
                Drift.VIEW_LINE_NUMBERS, replay -> {
                    replay.writeFile("data.txt", "test data");
                    EventLog events = new EventLog();
                    CopilotSession session = replay.createSession(approveAll().onEvent(events));
                    replay.turn(session, replay.prompt());
                    List<ToolExecutionStartEvent> starts = events.of(ToolExecutionStartEvent.class);
                    List<ToolExecutionCompleteEvent> completes = events.of(ToolExecutionCompleteEvent.class);
                    assertThat(starts).isNotEmpty();
                    assertThat(completes).isNotEmpty();
                    assertThat(starts.get(0).toolCallId()).isNotEmpty();
                    assertThat(starts.get(0).toolName()).isNotEmpty();
                    assertThat(completes.get(0).toolCallId()).isNotEmpty();
                });
        registry.scenario("event_fidelity/should_emit_assistant_message_with_messageid.yaml", replay -> {
            EventLog events = new EventLog();
            CopilotSession session = replay.createSession(approveAll().onEvent(events));
            replay.turn(session, replay.prompt());
            AssistantMessageEvent message = events.of(AssistantMessageEvent.class).get(0);
            assertThat(message.messageId()).isNotEmpty();
            assertThat(message.content()).contains("pong");
        });
        registry.scenario("event_fidelity/should_emit_assistant_usage_event_after_model_call.yaml", replay -> {
            EventLog events = new EventLog();
            CopilotSession session = replay.createSession(approveAll().onEvent(events));
            replay.turn(session, replay.prompt());
            List<AssistantUsageEvent> usage = events.of(AssistantUsageEvent.class);
            assertThat(usage).isNotEmpty();
            AssistantUsageEvent last = usage.get(usage.size() - 1);
            assertThat(last.model()).isNotEmpty();
            assertThat(last.id()).isNotEmpty();
            assertThat(last.timestamp()).isAfter(Instant.EPOCH);
        });
        registry.scenario("event_fidelity/should_emit_session_usage_info_event_after_model_call.yaml", replay -> {
            EventLog events = new EventLog();
            CopilotSession session = replay.createSession(approveAll().onEvent(events));
            replay.turn(session, replay.prompt());
            List<SessionUsageInfoEvent> infos = events.of(SessionUsageInfoEvent.class);
            assertThat(infos).isNotEmpty();
            SessionUsageInfoEvent last = infos.get(infos.size() - 1);
            assertThat(last.currentTokens()).isPositive();
            assertThat(last.messagesLength()).isPositive();
            assertThat(last.tokenLimit()).isPositive();
        });
        registry.scenario("event_fidelity/should_emit_pending_messages_modified_event_when_message_queue_changes.yaml",
                replay -> {
                    EventLog events = new EventLog();
                    CopilotSession session = replay.createSession(approveAll().onEvent(events));
                    assertThat(replay.turn(session, replay.prompt())).contains("18");
                    assertThat(events.types()).contains("pending_messages.modified");
                });
        registry.drifted("event_fidelity/should_preserve_message_order_in_getmessages_after_tool_use.yaml",
                Drift.VIEW_LINE_NUMBERS, replay -> {
                    replay.writeFile("order.txt", "ORDER_CONTENT_42");
                    CopilotSession session = replay.createSession(approveAll());
                    replay.turn(session, replay.prompt());
                    List<SessionEvent> history = session.getMessages();
                    List<String> types = history.stream().map(SessionEvent::type).toList();
                    int start = types.indexOf(SessionStartEvent.TYPE);
                    int user = types.indexOf(UserMessageEvent.TYPE);
                    int toolStart = types.indexOf(ToolExecutionStartEvent.TYPE);
                    int toolComplete = types.indexOf(ToolExecutionCompleteEvent.TYPE);
                    int assistant = types.lastIndexOf(AssistantMessageEvent.TYPE);
                    assertThat(start).isNotNegative().isLessThan(user);
                    assertThat(user).isLessThan(toolStart);
                    assertThat(toolStart).isLessThan(toolComplete);
                    assertThat(toolComplete).isLessThan(assistant);
                    assertThat(((UserMessageEvent) history.get(user)).content()).contains("order.txt");
                    assertThat(((AssistantMessageEvent) history.get(assistant)).content()).contains("42");
                });

        registry.scenario("session_lifecycle/should_list_created_sessions_after_sending_a_message.yaml", replay -> {
            CopilotSession first = replay.createSession(approveAll());
            CopilotSession second = replay.createSession(approveAll());
            replay.turn(first, replay.conversation(0).userPrompts().get(0));
            replay.turn(second, replay.conversation(1).userPrompts().get(0));
            Waits.until("both sessions are listed", () -> listed(replay, first) && listed(replay, second)
                    ? Boolean.TRUE : null);
        });
        registry.scenario("session_lifecycle/should_delete_session_permanently.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll());
            replay.turn(session, replay.prompt());
            Waits.until("the session is listed", () -> listed(replay, session) ? Boolean.TRUE : null);
            session.disconnect();
            replay.client().deleteSession(session.sessionId());
            assertThat(listed(replay, session)).isFalse();
        });
        registry.scenario("session_lifecycle/should_return_events_via_getmessages_after_conversation.yaml",
                replay -> {
                    CopilotSession session = replay.createSession(approveAll());
                    replay.turn(session, replay.prompt());
                    assertThat(session.getMessages()).extracting(SessionEvent::type)
                            .contains(SessionStartEvent.TYPE, UserMessageEvent.TYPE, AssistantMessageEvent.TYPE);
                });
        registry.scenario("session_lifecycle/should_support_multiple_concurrent_sessions.yaml", replay -> {
            CopilotSession first = replay.createSession(approveAll());
            CopilotSession second = replay.createSession(approveAll());
            CompletableFuture<String> one = CompletableFuture.supplyAsync(
                    () -> replay.turn(first, replay.conversation(0).userPrompts().get(0)));
            CompletableFuture<String> two = CompletableFuture.supplyAsync(
                    () -> replay.turn(second, replay.conversation(1).userPrompts().get(0)));
            assertThat(one.get(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).contains("2");
            assertThat(two.get(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).contains("6");
        });
        registry.scenario("session_lifecycle/should_isolate_events_between_concurrent_sessions.yaml", replay -> {
            EventLog firstEvents = new EventLog();
            EventLog secondEvents = new EventLog();
            CopilotSession first = replay.createSession(approveAll().onEvent(firstEvents));
            CopilotSession second = replay.createSession(approveAll().onEvent(secondEvents));
            CompletableFuture<String> one = CompletableFuture.supplyAsync(
                    () -> replay.turn(first, replay.conversation(0).userPrompts().get(0)));
            CompletableFuture<String> two = CompletableFuture.supplyAsync(
                    () -> replay.turn(second, replay.conversation(1).userPrompts().get(0)));
            assertThat(one.get(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).contains("session_one_response");
            assertThat(two.get(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).contains("session_two_response");
            assertThat(firstEvents.of(AssistantMessageEvent.class)).extracting(AssistantMessageEvent::content)
                    .noneMatch(content -> content.contains("session_two_response"));
            assertThat(secondEvents.of(AssistantMessageEvent.class)).extracting(AssistantMessageEvent::content)
                    .noneMatch(content -> content.contains("session_one_response"));
        });

        registry.scenario("abort/should_abort_during_active_streaming.yaml", replay -> {
            EventLog events = new EventLog();
            CopilotSession session = replay.createSession(approveAll().streaming(true).onEvent(events));
            CompletableFuture<AssistantMessageDeltaEvent> firstDelta = SessionScenarios.nextEvent(session,
                    AssistantMessageDeltaEvent.class);
            session.send(replay.conversation(0).userPrompts().get(0));
            firstDelta.get(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertThat(events.of(AssistantMessageDeltaEvent.class)).isNotEmpty();
            session.abort();
            CompletableFuture<AssistantMessageEvent> recovery = new CompletableFuture<>();
            session.on(AssistantMessageEvent.class, message -> {
                if (message.content().toLowerCase().contains("abort_recovery_ok")) {
                    recovery.complete(message);
                }
            });
            session.send(replay.conversation(1).userPrompts().get(0));
            assertThat(recovery.get(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS).content().toLowerCase())
                    .contains("abort_recovery_ok");
        });
        registry.scenario("abort/should_abort_during_active_tool_execution.yaml", replay -> {
            CompletableFuture<String> started = new CompletableFuture<>();
            CompletableFuture<String> release = new CompletableFuture<>();
            ToolDefinition slow = Tools.of("slow_analysis", "A slow analysis tool that blocks until released",
                    AnalysisArgs.class, arguments -> {
                        started.complete(arguments.value());
                        return release;
                    });
            CopilotSession session = replay.createSession(approveAll().tools(List.of(slow)));
            session.send(replay.prompts().get(0));
            assertThat(started.get(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("test_abort");
            session.abort();
            release.complete("RELEASED_AFTER_ABORT");
            CompletableFuture<AssistantMessageEvent> recovery = new CompletableFuture<>();
            session.on(AssistantMessageEvent.class, message -> {
                if (message.content().contains("tool_abort_recovery_ok")) {
                    recovery.complete(message);
                }
            });
            session.send(replay.prompts().get(1));
            recovery.get(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        });

        registry.drifted("compaction/should_trigger_compaction_with_low_threshold_and_emit_events.yaml",
                Drift.REPEATED_COMPACTION, replay -> {
                    CopilotSession session = replay.createSession(approveAll().model(replay.recordedModel())
                            .infiniteSessions(new InfiniteSessionConfig(true, 0.005, 0.01)));
                    CompletableFuture<SessionCompactionStartEvent> started = SessionScenarios.nextEvent(session,
                            SessionCompactionStartEvent.class);
                    CompletableFuture<SessionCompactionCompleteEvent> completed = new CompletableFuture<>();
                    session.on(SessionCompactionCompleteEvent.class, event -> {
                        if (event.success()) {
                            completed.complete(event);
                        }
                    });
                    List<String> prompts = replay.conversation(2).userPrompts();
                    replay.turn(session, replay.conversation(0).userPrompts().get(0));
                    replay.send(session, replay.conversation(0).userPrompts().get(1));
                    SessionCompactionStartEvent start = started.get(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                    SessionCompactionCompleteEvent complete = completed.get(Replay.TURN_TIMEOUT.toSeconds(),
                            TimeUnit.SECONDS);
                    assertThat(start.conversationTokens()).isPositive();
                    assertThat(complete.summaryContent()).contains("<overview>", "<history>", "<checkpoint_title>");
                    replay.send(session, prompts.get(prompts.size() - 2));
                    String answer = replay.send(session, prompts.get(prompts.size() - 1)).orElseThrow().content();
                    assertThat(answer).isEqualTo(replay.finalAnswer());
                    assertThat(answer.toLowerCase()).contains("kaedrith", "dragon");
                });
        registry.scenario("compaction/should_not_emit_compaction_events_when_infinite_sessions_disabled.yaml",
                replay -> {
                    EventLog events = new EventLog();
                    CopilotSession session = replay.createSession(approveAll()
                            .infiniteSessions(InfiniteSessionConfig.disabled()).onEvent(events));
                    replay.turn(session, replay.prompt());
                    assertThat(events.of(SessionCompactionStartEvent.class)).isEmpty();
                    assertThat(events.of(SessionCompactionCompleteEvent.class)).isEmpty();
                });
    }

    private static SessionConfig.Builder approveAll() {
        return SessionConfig.builder().onPermissionRequest(PermissionHandler.approveAll());
    }

    private static boolean listed(Replay replay, CopilotSession session) {
        return replay.client().listSessions().stream()
                .anyMatch(metadata -> metadata.sessionId().equals(session.sessionId()));
    }

    record AnalysisArgs(@CopilotToolParam(description = "Value to analyze") String value) {
    }
}
