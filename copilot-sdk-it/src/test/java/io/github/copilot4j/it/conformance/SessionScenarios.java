package io.github.copilot4j.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.Attachment;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.CopilotTimeoutException;
import io.github.copilot4j.SendOptions;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.SessionLogLevel;
import io.github.copilot4j.SessionMetadata;
import io.github.copilot4j.config.DefaultAgentConfig;
import io.github.copilot4j.config.ReasoningEffort;
import io.github.copilot4j.config.SystemMessage;
import io.github.copilot4j.event.AbortEvent;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.SessionErrorEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.event.SessionModelChangeEvent;
import io.github.copilot4j.event.SessionResumeEvent;
import io.github.copilot4j.event.SessionStartEvent;
import io.github.copilot4j.event.ToolExecutionStartEvent;
import io.github.copilot4j.event.UnknownSessionEvent;
import io.github.copilot4j.event.UserMessageEvent;
import io.github.copilot4j.mcp.McpAuthResult;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.ToolResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;

/** The {@code session} recordings: a session's life cycle, turns, events, attachments and history. */
final class SessionScenarios {

    private static final String SLEEP_PROMPT = "Run 'sleep 2 && echo done'";

    private SessionScenarios() {
    }

    static void register(ScenarioRegistry registry) {
        registry.scenario("session/should_have_stateful_conversation.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll());
            assertThat(replay.turn(session, replay.prompts().get(0))).contains("2");
            assertThat(replay.turn(session, replay.prompts().get(1))).contains("4");
        });
        registry.scenario("session/should_create_a_session_with_appended_systemmessage_config.yaml", replay -> {
            String suffix = "End each response with the phrase 'Have a nice day!'";
            CopilotSession session = replay.createSession(approveAll().systemMessage(SystemMessage.append(suffix)));
            assertThat(replay.turn(session, replay.prompt())).contains("GitHub", "Have a nice day!");
            assertThat(SessionConfigScenarios.systemPrompt(replay)).contains("GitHub", suffix);
        });
        registry.scenario("session/should_create_a_session_with_replaced_systemmessage_config.yaml", replay -> {
            String prompt = "You are an assistant called Testy McTestface. Reply succinctly.";
            CopilotSession session = replay.createSession(approveAll().systemMessage(SystemMessage.replace(prompt)));
            assertThat(replay.turn(session, replay.prompt())).doesNotContain("GitHub").contains("Testy");
            assertThat(SessionConfigScenarios.systemPrompt(replay)).isEqualTo(prompt);
        });
        registry.scenario("session/should_create_a_session_with_customized_systemmessage_config.yaml", replay -> {
            String tone = "Respond in a warm, professional tone. Be thorough in explanations.";
            String appended = "Always mention quarterly earnings.";
            CopilotSession session = replay.createSession(approveAll().systemMessage(SystemMessage.customize()
                    .replace(SystemMessage.Section.TONE, tone).remove(SystemMessage.Section.CODE_CHANGE_RULES)
                    .content(appended).build()));
            replay.turn(session, replay.prompt());
            assertThat(SessionConfigScenarios.systemPrompt(replay)).contains(tone, appended)
                    .doesNotContain("<code_change_instructions>");
        });
        registry.scenario("session/should_create_a_session_with_availabletools.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll().availableTools(List.of("view", "edit")));
            replay.turn(session, replay.prompt());
            assertThat(replay.chatRequests().get(0).toolNames()).containsExactlyInAnyOrder("view", "edit");
        });
        registry.scenario("session/should_create_a_session_with_excludedtools.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll().excludedTools(List.of("view")));
            replay.turn(session, replay.prompt());
            assertThat(replay.chatRequests().get(0).toolNames()).contains("edit", "grep").doesNotContain("view");
        });
        registry.scenario("session/should_create_a_session_with_defaultagent_excludedtools.yaml", replay -> {
            ToolDefinition secret = ToolDefinition.of("secret_tool", "A secret tool hidden from the default agent",
                    ConformanceTools.schema("{\"type\":\"object\",\"properties\":{\"input\":{\"type\":\"string\"}},"
                            + "\"required\":[\"input\"]}"), invocation -> "SECRET");
            CopilotSession session = replay.createSession(approveAll().tools(List.of(secret))
                    .defaultAgent(new DefaultAgentConfig(List.of("secret_tool"))));
            replay.turn(session, replay.prompt());
            assertThat(replay.chatRequests().get(0).toolNames()).isNotEmpty().doesNotContain("secret_tool");
        });
        registry.scenario("session/should_create_session_with_custom_tool.yaml", replay -> {
            ToolDefinition secretNumber = ToolDefinition.of("get_secret_number", "Gets the secret number",
                    ConformanceTools.schema("{\"type\":\"object\",\"properties\":{\"key\":{\"type\":\"string\","
                            + "\"description\":\"Key\"}},\"required\":[\"key\"]}"),
                    invocation -> ToolResult.success(invocation.arguments().path("key").asString().equals("ALPHA")
                            ? "54321" : "unknown"));
            CopilotSession session = replay.createSession(approveAll().tools(List.of(secretNumber)));
            assertThat(replay.turn(session, replay.prompt())).contains("54321");
        });
        registry.scenario("session/should_create_session_with_custom_config_dir.yaml", replay -> {
            Path configDirectory = replay.environment().home().resolve("custom-config");
            CopilotSession session = replay.createSession(approveAll().configDirectory(configDirectory.toString()));
            assertThat(session.sessionId()).matches("[a-f0-9-]+");
            assertThat(replay.turn(session, replay.prompt())).contains("2");
        });
        registry.scenario("session/should_receive_session_events.yaml", replay -> {
            EventLog early = new EventLog();
            CopilotSession session = replay.createSession(approveAll().onEvent(early));
            Waits.until("session.start", () -> early.of(SessionStartEvent.class).stream().findFirst().orElse(null));
            EventLog received = new EventLog();
            session.on(received);
            assertThat(replay.turn(session, replay.prompt())).contains("300");
            assertThat(received.types()).contains(UserMessageEvent.TYPE, AssistantMessageEvent.TYPE,
                    SessionIdleEvent.TYPE);
        });
        registry.scenario("session/handler_exception_does_not_halt_event_delivery.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll());
            AtomicInteger count = new AtomicInteger();
            CountDownLatch idle = new CountDownLatch(1);
            session.on(event -> {
                if (count.incrementAndGet() == 1) {
                    throw new IllegalStateException("boom");
                }
                if (event instanceof SessionIdleEvent) {
                    idle.countDown();
                }
            });
            session.send(replay.prompt());
            assertThat(idle.await(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(count.get()).isGreaterThan(1);
        });
        registry.scenario("session/disposeasync_from_handler_does_not_deadlock.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll());
            CompletableFuture<Void> disconnected = new CompletableFuture<>();
            session.on(UserMessageEvent.class, event -> session.disconnectAsync().whenComplete((done, error) -> {
                if (error == null) {
                    disconnected.complete(null);
                } else {
                    disconnected.completeExceptionally(error);
                }
            }));
            session.send(replay.prompt());
            disconnected.get(10, TimeUnit.SECONDS);
            assertThat(session.isConnected()).isFalse();
        });
        registry.scenario("session/send_returns_immediately_while_events_stream_in_background.yaml", replay -> {
            EventLog events = new EventLog();
            CopilotSession session = replay.createSession(approveAll().onEvent(events));
            CompletableFuture<AssistantMessageEvent> answer = finalAssistantMessage(session);
            session.send(SLEEP_PROMPT);
            assertThat(events.types()).doesNotContain(SessionIdleEvent.TYPE);
            assertThat(answer.get(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS).content())
                    .isEqualTo(replay.finalAnswer()).contains("done");
            assertThat(events.types()).contains(SessionIdleEvent.TYPE, AssistantMessageEvent.TYPE);
        });
        registry.scenario("session/sendandwait_blocks_until_session_idle_and_returns_final_assistant_message.yaml",
                replay -> {
                    EventLog events = new EventLog();
                    CopilotSession session = replay.createSession(approveAll().onEvent(events));
                    AssistantMessageEvent response = replay.send(session, replay.prompt()).orElseThrow();
                    assertThat(response.type()).isEqualTo(AssistantMessageEvent.TYPE);
                    assertThat(response.content()).isEqualTo(replay.finalAnswer()).contains("4");
                    assertThat(events.types()).contains(SessionIdleEvent.TYPE, AssistantMessageEvent.TYPE);
                });
        registry.scenario("session/sendandwait_throws_on_timeout.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll());
            assertThatThrownBy(() -> session.sendAndWait(replay.prompt(), Duration.ofMillis(100)))
                    .isInstanceOf(CopilotTimeoutException.class);
            session.abort();
        });
        registry.scenario("session/sendandwait_throws_operationcanceledexception_when_token_cancelled.yaml",
                replay -> {
                    EventLog events = new EventLog();
                    CopilotSession session = replay.createSession(approveAll().onEvent(events));
                    CompletableFuture<SessionIdleEvent> idle = nextEvent(session, SessionIdleEvent.class);
                    CompletableFuture<Optional<AssistantMessageEvent>> turn = session.sendAndWaitAsync(
                            replay.prompt(), SendOptions.defaults(), Replay.TURN_TIMEOUT);
                    Waits.until("the shell tool starts", () -> events.of(ToolExecutionStartEvent.class).stream()
                            .findFirst().orElse(null));
                    turn.cancel(true);
                    assertThatThrownBy(() -> turn.get(5, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
                    session.abort();
                    idle.get(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                });
        registry.scenario("session/should_abort_a_session.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll());
            CompletableFuture<ToolExecutionStartEvent> toolStart = nextEvent(session, ToolExecutionStartEvent.class);
            CompletableFuture<SessionIdleEvent> idle = nextEvent(session, SessionIdleEvent.class);
            session.send(replay.prompts().get(0));
            toolStart.get(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            session.abort();
            idle.get(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertThat(session.getMessages()).isNotEmpty().hasAtLeastOneElementOfType(AbortEvent.class);
            assertThat(replay.turn(session, replay.conversation(1).userPrompts().get(1))).contains("4");
        });
        registry.drifted("session/should_accept_blob_attachments.yaml", Drift.VIEWED_IMAGE_MESSAGE, replay -> {
            Files.write(replay.workDirectory().resolve("test-pixel.png"),
                    Base64.getDecoder().decode(SessionConfigScenarios.PNG_1X1));
            CopilotSession session = replay.createSession(approveAll());
            replay.turn(session, "Describe this image", SendOptions.builder().attachments(List.of(
                    new Attachment.BlobAttachment(SessionConfigScenarios.PNG_1X1, "image/png", "test-pixel.png")))
                    .build());
        });
        registry.scenario("session/should_resume_a_session_using_the_same_client.yaml", replay -> {
            CopilotSession first = replay.createSession(approveAll());
            assertThat(replay.turn(first, replay.prompts().get(0))).contains("2");
            CopilotSession resumed = replay.resumeWhileOpen(replay.client(), first, approveAll().build());
            assertThat(resumed.sessionId()).isEqualTo(first.sessionId());
            List<AssistantMessageEvent> history = resumed.getMessages().stream()
                    .filter(AssistantMessageEvent.class::isInstance).map(AssistantMessageEvent.class::cast).toList();
            assertThat(history.get(history.size() - 1).content()).contains("2");
            assertThat(replay.turn(resumed, replay.prompts().get(1))).contains("4");
        });
        registry.scenario("session/should_resume_a_session_using_a_new_client.yaml", replay -> {
            CopilotSession first = replay.createSession(approveAll());
            assertThat(replay.turn(first, replay.prompts().get(0))).contains("2");
            CopilotClient other = replay.newClient(options -> options);
            CopilotSession resumed = replay.resumeSession(other, first.sessionId(), approveAll().build());
            assertThat(resumed.sessionId()).isEqualTo(first.sessionId());
            List<SessionEvent> history = resumed.getMessages();
            List<AssistantMessageEvent> answers = history.stream().filter(AssistantMessageEvent.class::isInstance)
                    .map(AssistantMessageEvent.class::cast).toList();
            assertThat(answers.get(answers.size() - 1).content()).contains("2");
            assertThat(history).hasAtLeastOneElementOfType(UserMessageEvent.class)
                    .hasAtLeastOneElementOfType(SessionResumeEvent.class);
            assertThat(replay.turn(resumed, replay.prompts().get(1))).contains("4");
        });
        registry.scenario("session/resumes_a_persisted_session_from_a_new_client_when_an_mcp_oauth_handler_is_"
                + "configured.yaml", replay -> {
                    CopilotSession first = replay.createSession(approveAll()
                            .onMcpAuthRequest(request -> McpAuthResult.cancelled()));
                    assertThat(replay.turn(first, replay.prompt())).contains("2");
                    CopilotClient other = replay.newClient(options -> options);
                    CopilotSession resumed = replay.resumeSession(other, first.sessionId(), approveAll()
                            .onMcpAuthRequest(request -> McpAuthResult.cancelled()).build());
                    assertThat(resumed.sessionId()).isEqualTo(first.sessionId());
                });
        registry.scenario("session/should_delete_session.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll());
            replay.turn(session, replay.prompt());
            String id = session.sessionId();
            Waits.until("the session is listed", () -> listed(replay, id) ? Boolean.TRUE : null);
            replay.client().deleteSession(id);
            assertThat(listed(replay, id)).isFalse();
            assertThatThrownBy(() -> replay.resumeSession(replay.client(), id, approveAll().build()))
                    .isInstanceOf(RuntimeException.class);
        });
        registry.scenario("session/should_get_last_session_id.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll());
            replay.turn(session, replay.prompt());
            Waits.until("the last session id is this session's", () -> replay.client().getLastSessionId()
                    .filter(session.sessionId()::equals).orElse(null));
        });
        for (String name : List.of("should_get_session_metadata", "should_get_session_metadata_by_id")) {
            registry.scenario("session/" + name + ".yaml", replay -> {
                CopilotSession session = replay.createSession(approveAll());
                assertThat(session.sessionId()).matches("[a-f0-9-]+");
                replay.turn(session, replay.prompt());
                SessionMetadata metadata = Waits.until("the session's metadata", () -> replay.client()
                        .getSessionMetadata(session.sessionId()).orElse(null));
                assertThat(metadata.sessionId()).isEqualTo(session.sessionId());
                assertThat(metadata.startTime()).isAfter(Instant.EPOCH);
                assertThat(metadata.modifiedTime()).isAfter(Instant.EPOCH);
                if (metadata.context() != null) {
                    assertThat(metadata.context().cwd()).isNotBlank();
                }
                assertThat(replay.client().getSessionMetadata("non-existent-session-id")).isEmpty();
            });
        }
        registry.scenario("session/should_list_sessions.yaml", replay -> {
            CopilotSession first = replay.createSession(approveAll());
            replay.turn(first, replay.conversation(0).userPrompts().get(0));
            CopilotSession second = replay.createSession(approveAll());
            replay.turn(second, replay.conversation(1).userPrompts().get(0));
            Waits.until("both sessions are listed", () -> listed(replay, first.sessionId())
                    && listed(replay, second.sessionId()) ? Boolean.TRUE : null);
            assertThat(replay.client().listSessions()).allSatisfy(metadata -> {
                assertThat(metadata.sessionId()).isNotBlank();
                assertThat(metadata.startTime()).isAfter(Instant.EPOCH);
                assertThat(metadata.modifiedTime()).isAfter(Instant.EPOCH);
            });
        });
        registry.scenario("session/should_list_sessions_with_context.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll());
            replay.turn(session, replay.prompt());
            Waits.until("the session is listed", () -> listed(replay, session.sessionId()) ? Boolean.TRUE : null);
            assertThat(replay.client().listSessions()).isNotEmpty();
        });
        registry.scenario("session/should_log_messages_at_various_levels.yaml", replay -> {
            EventLog events = new EventLog();
            CopilotSession session = replay.createSession(approveAll().onEvent(events));
            session.log("Info message", SessionLogLevel.INFO, false);
            session.log("Warning message", SessionLogLevel.WARNING, false);
            session.log("Error message", SessionLogLevel.ERROR, false);
            session.log("Ephemeral message", SessionLogLevel.INFO, true);
            Waits.until("four log events", () -> logEvents(events).size() == 4 ? Boolean.TRUE : null);
            Map<String, SessionEvent> byMessage = new java.util.HashMap<>();
            for (SessionEvent event : logEvents(events)) {
                byMessage.put(logMessage(event), event);
            }
            assertLog(byMessage.get("Info message"), "session.info", "infoType");
            assertLog(byMessage.get("Warning message"), "session.warning", "warningType");
            assertThat(byMessage.get("Error message")).isInstanceOfSatisfying(SessionErrorEvent.class,
                    error -> assertThat(error.errorType()).isEqualTo("notification"));
            assertLog(byMessage.get("Ephemeral message"), "session.info", "infoType");
        });
        registry.sdkGap("session/should_send_with_file_attachment.yaml", "Attachment.FileAttachment has no line "
                + "range, which the upstream test sends (lineRange {start:1,end:1}) and the recorded prompt shows "
                + "('(line 1 of 1 lines)')", Set.of(Drift.VIEW_LINE_NUMBERS), replay -> {
                    Path file = replay.writeFile("attached-file.txt", "FILE_ATTACHMENT_SENTINEL");
                    CopilotSession session = replay.createSession(approveAll());
                    replay.turn(session, "Read the attached file and reply with its contents.", SendOptions.builder()
                            .attachments(List.of(new Attachment.FileAttachment(file.toString(),
                                    "attached-file.txt"))).build());
                    JsonNode attachment = lastUserMessage(session).attachments().get(0);
                    assertThat(attachment.path("type").asString()).isEqualTo("file");
                    assertThat(attachment.path("displayName").asString()).isEqualTo("attached-file.txt");
                    assertThat(attachment.path("path").asString()).isEqualTo(file.toString());
                    assertThat(attachment.path("lineRange").toString()).isEqualTo("{\"start\":1,\"end\":1}");
                });
        registry.scenario("session/should_send_with_directory_attachment.yaml", replay -> {
            Path directory = replay.writeFile("attached-directory/readme.txt", "DIRECTORY_ATTACHMENT_SENTINEL")
                    .getParent();
            CopilotSession session = replay.createSession(approveAll());
            replay.turn(session, "List the attached directory.", SendOptions.builder().attachments(List.of(
                    new Attachment.DirectoryAttachment(directory.toString(), "attached-directory"))).build());
            List<JsonNode> attachments = lastUserMessage(session).attachments();
            assertThat(attachments).hasSize(1);
            assertThat(attachments.get(0).path("type").asString()).isEqualTo("directory");
            assertThat(attachments.get(0).path("displayName").asString()).isEqualTo("attached-directory");
            assertThat(attachments.get(0).path("path").asString()).isEqualTo(directory.toString());
        });
        registry.scenario("session/should_send_with_selection_attachment.yaml", replay -> {
            Path file = replay.writeFile("selected-file.cs", "class C { string Value = \"SELECTION_SENTINEL\"; }");
            String text = "string Value = \"SELECTION_SENTINEL\";";
            CopilotSession session = replay.createSession(approveAll());
            replay.turn(session, "Summarize the selected code.", SendOptions.builder().attachments(List.of(
                    Attachment.selection(file.toString(), "selected-file.cs", Attachment.Range.of(1, 10, 1, 45),
                            text))).build());
            List<JsonNode> attachments = lastUserMessage(session).attachments();
            assertThat(attachments).hasSize(1);
            JsonNode attachment = attachments.get(0);
            assertThat(attachment.path("type").asString()).isEqualTo("selection");
            assertThat(attachment.path("displayName").asString()).isEqualTo("selected-file.cs");
            assertThat(attachment.path("filePath").asString()).isEqualTo(file.toString());
            assertThat(attachment.path("text").asString()).isEqualTo(text);
            assertThat(attachment.path("selection").toString())
                    .isEqualTo("{\"start\":{\"line\":1,\"character\":10},\"end\":{\"line\":1,\"character\":45}}");
        });
        registry.unported("session/should_send_with_github_reference_attachment.yaml", "Attachment has no GitHub "
                + "reference type (github_reference {number, referenceType, state, title, url}), which the upstream "
                + "test attaches");
        registry.drifted("session/should_send_with_mode_property.yaml", Drift.MODE_CHANGED_NOTICE, replay -> {
            CopilotSession session = replay.createSession(approveAll());
            replay.turn(session, replay.prompt(), SendOptions.builder().agentMode(SendOptions.AgentMode.PLAN).build());
            UserMessageEvent message = lastUserMessage(session);
            assertThat(message.content()).isEqualTo(replay.prompt());
            assertThat(message.agentMode()).isEqualTo("plan");
        });
        registry.scenario("session/should_send_with_custom_requestheaders.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll());
            replay.turn(session, replay.prompt(), SendOptions.builder()
                    .requestHeaders(Map.of("x-copilot-sdk-test-header", "copilot4j-request-headers")).build());
            List<io.github.copilot4j.testkit.ModelRequest> requests = replay.chatRequests();
            assertThat(requests.get(requests.size() - 1).httpRequest().header("x-copilot-sdk-test-header"))
                    .contains("copilot4j-request-headers");
        });
        registry.scenario("session/should_set_model_on_existing_session.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll());
            CompletableFuture<SessionModelChangeEvent> change = nextEvent(session, SessionModelChangeEvent.class);
            session.setModel("gpt-4.1", null);
            assertThat(change.get(10, TimeUnit.SECONDS).newModel()).isEqualTo("gpt-4.1");
        });
        registry.scenario("session/should_set_model_with_reasoningeffort.yaml", replay -> {
            CopilotClient isolated = replay.newClient(options -> options);
            CopilotSession session = replay.createSession(isolated, approveAll().build());
            CompletableFuture<SessionModelChangeEvent> change = nextEvent(session, SessionModelChangeEvent.class);
            session.setModel("gpt-5.4", ReasoningEffort.HIGH);
            SessionModelChangeEvent event = change.get(10, TimeUnit.SECONDS);
            assertThat(event.newModel()).isEqualTo("gpt-5.4");
            assertThat(event.reasoningEffort()).isEqualTo("high");
        });
    }

    private static SessionConfig.Builder approveAll() {
        return SessionConfig.builder().onPermissionRequest(PermissionHandler.approveAll());
    }

    private static boolean listed(Replay replay, String sessionId) {
        return replay.client().listSessions().stream().anyMatch(metadata -> metadata.sessionId().equals(sessionId));
    }

    private static UserMessageEvent lastUserMessage(CopilotSession session) {
        List<UserMessageEvent> messages = session.getMessages().stream().filter(UserMessageEvent.class::isInstance)
                .map(UserMessageEvent.class::cast).toList();
        assertThat(messages).isNotEmpty();
        return messages.get(messages.size() - 1);
    }

    /** The next event of {@code type} the session delivers. */
    static <T extends SessionEvent> CompletableFuture<T> nextEvent(CopilotSession session, Class<T> type) {
        CompletableFuture<T> next = new CompletableFuture<>();
        AtomicReference<io.github.copilot4j.event.Subscription> subscription = new AtomicReference<>();
        subscription.set(session.on(type, event -> {
            if (next.complete(event) && subscription.get() != null) {
                subscription.get().close();
            }
        }));
        return next;
    }

    /** The final top-level assistant message of the next turn, completed at {@code session.idle}. */
    static CompletableFuture<AssistantMessageEvent> finalAssistantMessage(CopilotSession session) {
        CompletableFuture<AssistantMessageEvent> result = new CompletableFuture<>();
        AtomicReference<AssistantMessageEvent> last = new AtomicReference<>();
        session.on(event -> {
            if (event instanceof AssistantMessageEvent message && message.parentToolCallId() == null) {
                last.set(message);
            } else if (event instanceof SessionIdleEvent && last.get() != null) {
                result.complete(last.get());
            } else if (event instanceof SessionErrorEvent error) {
                result.completeExceptionally(new AssertionError("session.error: " + error.message()));
            }
        });
        return result;
    }

    private static List<SessionEvent> logEvents(EventLog events) {
        return events.all().stream().filter(event -> logMessage(event) != null).toList();
    }

    private static String logMessage(SessionEvent event) {
        if (event instanceof UnknownSessionEvent unknown && (unknown.type().equals("session.info")
                || unknown.type().equals("session.warning"))) {
            return unknown.data().path("message").asString();
        }
        if (event instanceof SessionErrorEvent error && error.errorType().equals("notification")) {
            return error.message();
        }
        return null;
    }

    private static void assertLog(SessionEvent event, String type, String kindField) {
        assertThat(event).isInstanceOfSatisfying(UnknownSessionEvent.class, unknown -> {
            assertThat(unknown.type()).isEqualTo(type);
            assertThat(unknown.data().path(kindField).asString()).isEqualTo("notification");
        });
    }
}
