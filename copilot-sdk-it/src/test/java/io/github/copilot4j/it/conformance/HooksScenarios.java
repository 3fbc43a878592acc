package io.github.copilot4j.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.hook.AgentStopInput;
import io.github.copilot4j.hook.AgentStopOutput;
import io.github.copilot4j.hook.ErrorOccurredInput;
import io.github.copilot4j.hook.ErrorOccurredOutput;
import io.github.copilot4j.hook.HookToolResult;
import io.github.copilot4j.hook.PostToolUseFailureInput;
import io.github.copilot4j.hook.PostToolUseFailureOutput;
import io.github.copilot4j.hook.PostToolUseInput;
import io.github.copilot4j.hook.PostToolUseOutput;
import io.github.copilot4j.hook.PreToolUseInput;
import io.github.copilot4j.hook.PreToolUseOutput;
import io.github.copilot4j.hook.SessionEndInput;
import io.github.copilot4j.hook.SessionEndOutput;
import io.github.copilot4j.hook.SessionHooks;
import io.github.copilot4j.hook.SessionStartInput;
import io.github.copilot4j.hook.SessionStartOutput;
import io.github.copilot4j.hook.UserPromptSubmittedInput;
import io.github.copilot4j.hook.UserPromptSubmittedOutput;
import io.github.copilot4j.hook.UserPromptTransformedInput;
import io.github.copilot4j.hook.UserPromptTransformedOutput;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/** The {@code hooks} and {@code hooks_extended} recordings: the session's hook handlers at every hook point. */
final class HooksScenarios {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HooksScenarios() {
    }

    static void register(ScenarioRegistry registry) {
        for (String name : List.of("should_invoke_pretooluse_hook_when_model_runs_a_tool",
                "invoke_pre_tool_use_hook_when_model_runs_a_tool")) {
            registry.drifted("hooks/" + name + ".yaml", Drift.VIEW_LINE_NUMBERS, HooksScenarios::preToolUse);
        }
        for (String name : List.of("should_invoke_posttooluse_hook_after_model_runs_a_tool",
                "invoke_post_tool_use_hook_after_model_runs_a_tool")) {
            registry.drifted("hooks/" + name + ".yaml", Drift.VIEW_LINE_NUMBERS, HooksScenarios::postToolUse);
        }
        for (String name : List.of("should_invoke_both_pretooluse_and_posttooluse_hooks_for_a_single_tool_call",
                "should_invoke_both_pretooluse_and_posttooluse_hooks_for_single_tool_call",
                "invoke_both_hooks_for_single_tool_call")) {
            registry.drifted("hooks/" + name + ".yaml", Drift.VIEW_LINE_NUMBERS, HooksScenarios::bothToolHooks);
        }
        for (String name : List.of("should_deny_tool_execution_when_pretooluse_returns_deny",
                "deny_tool_execution_when_pre_tool_use_returns_deny")) {
            registry.scenario("hooks/" + name + ".yaml", HooksScenarios::preToolUseDenies);
        }

        registry.scenario("hooks_extended/should_invoke_onsessionstart_hook_on_new_session.yaml",
                replay -> sessionStart(replay, null));
        registry.scenario("hooks_extended/should_invoke_sessionstart_hook.yaml",
                replay -> sessionStart(replay, SessionStartOutput.addContext("Session start hook context.")));
        registry.scenario("hooks_extended/should_invoke_onuserpromptsubmitted_hook_when_sending_a_message.yaml",
                replay -> {
                    List<UserPromptSubmittedInput> inputs = new CopyOnWriteArrayList<>();
                    List<String> sessionIds = new CopyOnWriteArrayList<>();
                    CopilotSession session = replay.createSession(withHooks(SessionHooks.builder()
                            .onUserPromptSubmitted((input, context) -> {
                                inputs.add(input);
                                sessionIds.add(context.sessionId());
                                return null;
                            })));
                    replay.turn(session, replay.prompt());
                    assertThat(inputs).isNotEmpty();
                    assertThat(sessionIds).containsOnly(session.sessionId());
                    assertThat(inputs.get(0).prompt()).contains("Say hello");
                    assertThat(inputs.get(0).timestamp()).isAfter(Instant.EPOCH);
                    assertThat(inputs.get(0).workingDirectory()).isNotBlank();
                });
        registry.scenario("hooks_extended/should_invoke_userpromptsubmitted_hook_and_modify_prompt.yaml", replay -> {
            List<UserPromptSubmittedInput> inputs = new CopyOnWriteArrayList<>();
            List<String> sessionIds = new CopyOnWriteArrayList<>();
            CopilotSession session = replay.createSession(withHooks(SessionHooks.builder()
                    .onUserPromptSubmitted((input, context) -> {
                        inputs.add(input);
                        sessionIds.add(context.sessionId());
                        return UserPromptSubmittedOutput.modifyPrompt(replay.prompt());
                    })));
            String answer = replay.turn(session, "Say something else");
            assertThat(inputs).isNotEmpty();
            assertThat(sessionIds).containsOnly(session.sessionId());
            assertThat(inputs.get(0).prompt()).contains("Say something else");
            assertThat(answer).isEqualTo(replay.finalAnswer()).contains("HOOKED_PROMPT");
        });
        registry.scenario("hooks_extended/should_invoke_userprompttransformed_hook_and_modify_transformed_prompt.yaml",
                replay -> {
                    List<UserPromptTransformedInput> inputs = new CopyOnWriteArrayList<>();
                    List<String> sessionIds = new CopyOnWriteArrayList<>();
                    CopilotSession session = replay.createSession(withHooks(SessionHooks.builder()
                            .onUserPromptTransformed((input, context) -> {
                                inputs.add(input);
                                sessionIds.add(context.sessionId());
                                return UserPromptTransformedOutput.modifyTransformedPrompt(replay.prompt());
                            })));
                    String answer = replay.turn(session, "Answer the request above.");
                    assertThat(inputs).isNotEmpty();
                    assertThat(sessionIds).containsOnly(session.sessionId());
                    assertThat(inputs.get(0).prompt()).contains("Answer the request above.");
                    assertThat(inputs.get(0).transformedPrompt()).contains("Answer the request above.",
                            "<current_datetime>");
                    assertThat(inputs.get(0).timestamp()).isAfter(Instant.EPOCH);
                    assertThat(inputs.get(0).workingDirectory()).isNotBlank();
                    assertThat(answer).isEqualTo(replay.finalAnswer()).contains("HOOKED_TRANSFORMED_PROMPT");
                });
        registry.scenario("hooks_extended/should_invoke_onsessionend_hook_when_session_is_disconnected.yaml",
                replay -> sessionEnd(replay, null));
        registry.scenario("hooks_extended/should_invoke_sessionend_hook.yaml",
                replay -> sessionEnd(replay, SessionEndOutput.summary("session ended")));
        registry.scenario("hooks_extended/should_invoke_onerroroccurred_hook_when_error_occurs.yaml", replay -> {
            List<ErrorOccurredInput> inputs = new CopyOnWriteArrayList<>();
            List<String> sessionIds = new CopyOnWriteArrayList<>();
            CopilotSession session = replay.createSession(withHooks(SessionHooks.builder()
                    .onErrorOccurred((input, context) -> {
                        inputs.add(input);
                        sessionIds.add(context.sessionId());
                        return null;
                    })));
            replay.turn(session, replay.prompt());
            assertThat(sessionIds).allMatch(session.sessionId()::equals);
            assertThat(inputs).allSatisfy(input -> {
                assertThat(input.workingDirectory()).isNotBlank();
                assertThat(input.errorContext()).isIn("model_call", "tool_execution", "system", "user_input");
            });
        });
        registry.scenario("hooks_extended/should_register_erroroccurred_hook.yaml", replay -> {
            List<ErrorOccurredInput> inputs = new CopyOnWriteArrayList<>();
            CopilotSession session = replay.createSession(withHooks(SessionHooks.builder()
                    .onErrorOccurred((input, context) -> {
                        inputs.add(input);
                        return ErrorOccurredOutput.skip();
                    })));
            replay.turn(session, replay.prompt());
            assertThat(inputs).isEmpty();
        });
        registry.scenario("hooks_extended/should_invoke_agentstop_hook_and_apply_block_response.yaml", replay -> {
            List<AgentStopInput> inputs = new CopyOnWriteArrayList<>();
            List<String> sessionIds = new CopyOnWriteArrayList<>();
            CopilotSession session = replay.createSession(withHooks(SessionHooks.builder()
                    .onAgentStop((input, context) -> {
                        inputs.add(input);
                        sessionIds.add(context.sessionId());
                        return inputs.size() == 1 ? AgentStopOutput.block(replay.prompts().get(1)) : null;
                    })));
            String answer = replay.send(session, replay.prompts().get(0)).orElseThrow().content();
            assertThat(inputs).hasSize(2);
            assertThat(sessionIds).containsOnly(session.sessionId());
            assertThat(inputs.get(0).stopHookActive()).isFalse();
            assertThat(inputs.get(1).stopHookActive()).isTrue();
            assertThat(inputs.get(0).stopReason()).isEqualTo("end_turn");
            assertThat(inputs.get(0).transcriptPath()).isNotBlank();
            assertThat(answer).isEqualTo(replay.finalAnswer()).contains("AGENT_STOP_CONTINUED");
        });
        registry.scenario("hooks_extended/should_allow_pretooluse_to_return_modifiedargs_and_suppressoutput.yaml",
                replay -> {
                    List<PreToolUseInput> inputs = new CopyOnWriteArrayList<>();
                    ToolDefinition echo = Tools.of("echo_value", "Echoes the supplied value", EchoArgs.class,
                            EchoArgs::value);
                    CopilotSession session = replay.createSession(withHooks(SessionHooks.builder()
                            .onPreToolUse((input, context) -> {
                                inputs.add(input);
                                if (!input.toolName().equals("echo_value")) {
                                    return PreToolUseOutput.allow();
                                }
                                return PreToolUseOutput.allow()
                                        .withModifiedArgs(JSON.readTree("{\"value\":\"modified by hook\"}"))
                                        .withSuppressOutput(false);
                            })).tools(List.of(echo)));
                    assertThat(replay.turn(session, replay.prompt())).contains("modified by hook");
                    assertThat(inputs).anyMatch(input -> input.toolName().equals("echo_value"));
                });
        registry.scenario("hooks_extended/should_allow_posttooluse_to_return_modifiedresult.yaml", replay -> {
            List<PostToolUseInput> inputs = new CopyOnWriteArrayList<>();
            CopilotSession session = replay.createSession(withHooks(SessionHooks.builder()
                    .onPostToolUse((input, context) -> {
                        inputs.add(input);
                        if (!input.toolName().equals("view")) {
                            return null;
                        }
                        return new PostToolUseOutput(new HookToolResult("modified by post hook", "success", null,
                                null, JSON.createObjectNode()), null, false);
                    })));
            assertThat(replay.turn(session, replay.prompt()).toLowerCase()).contains("done");
            assertThat(inputs).anyMatch(input -> input.toolName().equals("view"));
        });
        registry.drifted("hooks_extended/should_invoke_posttoolusefailure_hook_for_failed_tool_result.yaml",
                Drift.NO_BUILT_IN_TOOLS_WITH_HOOKS, replay -> {
                    List<PostToolUseInput> successes = new CopyOnWriteArrayList<>();
                    List<PostToolUseFailureInput> failures = new CopyOnWriteArrayList<>();
                    List<String> sessionIds = new CopyOnWriteArrayList<>();
                    CopilotSession session = replay.createSession(withHooks(SessionHooks.builder()
                            .onPostToolUse((input, context) -> {
                                successes.add(input);
                                return null;
                            })
                            .onPostToolUseFailure((input, context) -> {
                                failures.add(input);
                                sessionIds.add(context.sessionId());
                                return PostToolUseFailureOutput.addContext("HOOK_FAILURE_GUIDANCE_APPLIED");
                            })));
                    String answer = replay.turn(session, replay.prompt());
                    assertThat(successes).isEmpty();
                    assertThat(failures).hasSize(1);
                    assertThat(sessionIds).containsOnly(session.sessionId());
                    assertThat(failures.get(0).toolName()).isEqualTo("view");
                    assertThat(failures.get(0).error()).contains("does not exist");
                    assertThat(failures.get(0).toolArgs().path("path").asString()).contains("missing.txt");
                    assertThat(answer).contains("HOOK_FAILURE_GUIDANCE_APPLIED");
                });
    }

    private static SessionConfig.Builder withHooks(SessionHooks.Builder hooks) {
        return SessionConfig.builder().onPermissionRequest(PermissionHandler.approveAll()).hooks(hooks.build());
    }

    private static void preToolUse(Replay replay) {
        List<PreToolUseInput> inputs = new CopyOnWriteArrayList<>();
        List<String> sessionIds = new CopyOnWriteArrayList<>();
        CopilotSession session = replay.createSession(withHooks(SessionHooks.builder()
                .onPreToolUse((input, context) -> {
                    inputs.add(input);
                    sessionIds.add(context.sessionId());
                    return PreToolUseOutput.allow();
                })));
        replay.writeFile("hello.txt", "Hello from the test!");
        replay.turn(session, replay.prompt());
        assertThat(inputs).isNotEmpty().anyMatch(input -> !input.toolName().isEmpty());
        assertThat(sessionIds).containsOnly(session.sessionId());
    }

    private static void postToolUse(Replay replay) {
        List<PostToolUseInput> inputs = new CopyOnWriteArrayList<>();
        List<String> sessionIds = new CopyOnWriteArrayList<>();
        CopilotSession session = replay.createSession(withHooks(SessionHooks.builder()
                .onPostToolUse((input, context) -> {
                    inputs.add(input);
                    sessionIds.add(context.sessionId());
                    return null;
                })));
        replay.writeFile("world.txt", "World from the test!");
        replay.turn(session, replay.prompt());
        assertThat(inputs).isNotEmpty().anyMatch(input -> !input.toolName().isEmpty());
        assertThat(inputs).anyMatch(input -> input.toolResult() != null);
        assertThat(sessionIds).containsOnly(session.sessionId());
    }

    private static void bothToolHooks(Replay replay) {
        List<PreToolUseInput> pre = new CopyOnWriteArrayList<>();
        List<PostToolUseInput> post = new CopyOnWriteArrayList<>();
        CopilotSession session = replay.createSession(withHooks(SessionHooks.builder()
                .onPreToolUse((input, context) -> {
                    pre.add(input);
                    return PreToolUseOutput.allow();
                })
                .onPostToolUse((input, context) -> {
                    post.add(input);
                    return null;
                })));
        replay.writeFile("both.txt", "Testing both hooks!");
        replay.turn(session, replay.prompt());
        assertThat(pre).isNotEmpty();
        assertThat(post).isNotEmpty();
        List<String> postNames = post.stream().map(PostToolUseInput::toolName).toList();
        assertThat(pre).anyMatch(input -> postNames.contains(input.toolName()));
    }

    private static void preToolUseDenies(Replay replay) throws Exception {
        List<PreToolUseInput> inputs = new CopyOnWriteArrayList<>();
        CopilotSession session = replay.createSession(withHooks(SessionHooks.builder()
                .onPreToolUse((input, context) -> {
                    inputs.add(input);
                    return new PreToolUseOutput(PreToolUseOutput.Decision.DENY, null, null, null, null);
                })));
        String original = "Original content that should not be modified";
        Path file = replay.writeFile("protected.txt", original);
        replay.turn(session, replay.prompt());
        assertThat(inputs).isNotEmpty();
        assertThat(Files.readString(file)).isEqualTo(original);
    }

    private static void sessionStart(Replay replay, SessionStartOutput output) {
        List<SessionStartInput> inputs = new CopyOnWriteArrayList<>();
        List<String> sessionIds = new CopyOnWriteArrayList<>();
        CopilotSession session = replay.createSession(withHooks(SessionHooks.builder()
                .onSessionStart((input, context) -> {
                    inputs.add(input);
                    sessionIds.add(context.sessionId());
                    return output;
                })));
        replay.turn(session, replay.prompts().get(replay.prompts().size() - 1));
        assertThat(inputs).isNotEmpty();
        assertThat(sessionIds).containsOnly(session.sessionId());
        assertThat(inputs.get(0).source()).isEqualTo("new");
        assertThat(inputs.get(0).timestamp()).isAfter(Instant.EPOCH);
        assertThat(inputs.get(0).workingDirectory()).isNotBlank();
    }

    private static void sessionEnd(Replay replay, SessionEndOutput output) throws Exception {
        List<SessionEndInput> inputs = new CopyOnWriteArrayList<>();
        List<String> sessionIds = new CopyOnWriteArrayList<>();
        CountDownLatch invoked = new CountDownLatch(1);
        CopilotSession session = replay.createSession(withHooks(SessionHooks.builder()
                .onSessionEnd((input, context) -> {
                    inputs.add(input);
                    sessionIds.add(context.sessionId());
                    invoked.countDown();
                    return output;
                })));
        replay.turn(session, replay.prompt());
        session.disconnect();
        assertThat(invoked.await(10, TimeUnit.SECONDS)).as("sessionEnd hook invoked").isTrue();
        assertThat(inputs).isNotEmpty();
        assertThat(sessionIds).containsOnly(session.sessionId());
    }

    record EchoArgs(String value) {
    }
}
