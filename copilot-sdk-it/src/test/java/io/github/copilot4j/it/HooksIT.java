package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.SessionErrorException;
import io.github.copilot4j.hook.AgentStopInput;
import io.github.copilot4j.hook.AgentStopOutput;
import io.github.copilot4j.hook.ErrorOccurredInput;
import io.github.copilot4j.hook.HookInput;
import io.github.copilot4j.hook.HookToolResult;
import io.github.copilot4j.hook.PostToolUseFailureInput;
import io.github.copilot4j.hook.PostToolUseFailureOutput;
import io.github.copilot4j.hook.PostToolUseInput;
import io.github.copilot4j.hook.PostToolUseOutput;
import io.github.copilot4j.hook.PreToolUseInput;
import io.github.copilot4j.hook.PreToolUseOutput;
import io.github.copilot4j.hook.SessionEndInput;
import io.github.copilot4j.hook.SessionHooks;
import io.github.copilot4j.hook.SessionStartInput;
import io.github.copilot4j.hook.UserPromptSubmittedInput;
import io.github.copilot4j.hook.UserPromptSubmittedOutput;
import io.github.copilot4j.hook.UserPromptTransformedInput;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelReply;
import io.github.copilot4j.testkit.ModelRequest;
import io.github.copilot4j.tool.ToolDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Session hooks through the real CLI: what each hook receives and how its output changes the turn. */
@CopilotTest
class HooksIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void hooksRunInOrderAroundAToolTurnAndAReplacedToolResultReachesTheModel(
            CopilotTestEnvironment environment, CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.toolCall("bash", "{\"command\":\"echo hooked\",\"description\":\"Print a word\"}"),
                ModelReply.text("The command ran."));
        List<HookInput> seen = new CopyOnWriteArrayList<>();
        SessionHooks hooks = SessionHooks.builder()
                .onSessionStart((input, context) -> record(seen, input))
                .onUserPromptSubmitted((input, context) -> record(seen, input))
                .onUserPromptTransformed((input, context) -> record(seen, input))
                .onPreToolUse((input, context) -> {
                    seen.add(input);
                    return PreToolUseOutput.allow();
                })
                .onPostToolUse((input, context) -> {
                    seen.add(input);
                    return PostToolUseOutput.replaceResult(HookToolResult.success("The hook replaced the output."));
                })
                .onPostToolUseFailure((input, context) -> record(seen, input))
                .onErrorOccurred((input, context) -> record(seen, input))
                .onAgentStop((input, context) -> record(seen, input))
                .onSessionEnd((input, context) -> record(seen, input))
                .build();
        Instant start = Instant.now();
        String sessionId;
        try (CopilotSession session = client.createSession(SessionConfig.builder().hooks(hooks).build())) {
            sessionId = session.sessionId();
            assertThat(session.sendAndWait("Print a word.", TURN_TIMEOUT).orElseThrow().content())
                    .isEqualTo("The command ran.");
        }

        assertThat(seen).<Class<?>>extracting(Object::getClass).containsExactly(
                SessionStartInput.class, UserPromptSubmittedInput.class, UserPromptTransformedInput.class,
                PreToolUseInput.class, PostToolUseInput.class, AgentStopInput.class, SessionEndInput.class);
        assertThat(seen).allSatisfy(input -> {
            assertThat(input.sessionId()).isEqualTo(sessionId);
            assertThat(input.workingDirectory()).isEqualTo(environment.workDirectory().toString());
            assertThat(input.timestamp()).isBetween(start.minusSeconds(60), Instant.now().plusSeconds(60));
        });
        SessionStartInput sessionStart = (SessionStartInput) seen.get(0);
        assertThat(sessionStart.source()).isEqualTo("new");
        assertThat(sessionStart.initialPrompt()).isEqualTo("Print a word.");
        UserPromptTransformedInput transformed = (UserPromptTransformedInput) seen.get(2);
        assertThat(transformed.prompt()).isEqualTo("Print a word.");
        assertThat(transformed.transformedPrompt()).contains("<current_datetime>").contains("Print a word.");
        PreToolUseInput preToolUse = (PreToolUseInput) seen.get(3);
        assertThat(preToolUse.toolName()).isEqualTo("bash");
        assertThat(preToolUse.toolArgs().path("command").asString()).isEqualTo("echo hooked");
        PostToolUseInput postToolUse = (PostToolUseInput) seen.get(4);
        assertThat(postToolUse.toolResult().resultType()).isEqualTo("success");
        assertThat(postToolUse.toolResult().textResultForLlm()).contains("hooked");
        AgentStopInput agentStop = (AgentStopInput) seen.get(5);
        assertThat(agentStop.stopReason()).isEqualTo("end_turn");
        assertThat(agentStop.stopHookActive()).isFalse();
        assertThat(((SessionEndInput) seen.get(6)).reason()).isEqualTo("user_exit");

        assertThat(toolMessage(model.chatRequests().get(1)).content()).isEqualTo("The hook replaced the output.");
    }

    @Test
    void aPromptRewrittenByTheSubmittedHookIsWhatTheModelSees(CopilotClient client, FakeModelServer model) {
        List<UserPromptTransformedInput> transformed = new CopyOnWriteArrayList<>();
        SessionHooks hooks = SessionHooks.builder()
                .onUserPromptSubmitted((input, context) -> UserPromptSubmittedOutput.modifyPrompt("What is 1+1?")
                        .withAdditionalContext("Answer with digits only."))
                .onUserPromptTransformed((input, context) -> record(transformed, input))
                .build();
        try (CopilotSession session = client.createSession(SessionConfig.builder().hooks(hooks).build())) {
            assertThat(session.sendAndWait("What is the capital of France?", TURN_TIMEOUT).orElseThrow().content())
                    .isEqualTo("2");
        }

        ModelRequest request = model.chatRequests().get(0);
        assertThat(request.lastUserMessage()).isEqualTo("What is 1+1?");
        assertThat(lastUserContent(request)).contains("<system_reminder>\nAnswer with digits only.\n</system_reminder>")
                .doesNotContain("France");
        assertThat(transformed).singleElement()
                .satisfies(input -> assertThat(input.prompt()).isEqualTo("What is 1+1?"));
    }

    @Test
    void aDeniedCustomToolCallDoesNotRunAndTheModelSeesTheReason(CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.toolCall("encrypt_string", "{\"input\":\"Hello\"}"),
                ModelReply.text("I may not encrypt."));
        AtomicBoolean toolRan = new AtomicBoolean();
        ToolDefinition tool = ToolDefinition.of("encrypt_string", "Encrypts a string", null, invocation -> {
            toolRan.set(true);
            return "SECRET";
        }).withSkipPermission(true);
        List<PreToolUseInput> calls = new CopyOnWriteArrayList<>();
        SessionHooks hooks = SessionHooks.builder()
                .onPreToolUse((input, context) -> {
                    calls.add(input);
                    return PreToolUseOutput.deny("Encryption is disabled by policy.")
                            .withAdditionalContext("Tell the user to ask an administrator.");
                })
                .build();
        SessionConfig config = SessionConfig.builder().tools(List.of(tool)).hooks(hooks).build();
        try (CopilotSession session = client.createSession(config)) {
            assertThat(session.sendAndWait("Encrypt Hello.", TURN_TIMEOUT).orElseThrow().content())
                    .isEqualTo("I may not encrypt.");
        }

        assertThat(calls).singleElement().satisfies(input -> {
            assertThat(input.toolName()).isEqualTo("encrypt_string");
            assertThat(input.toolArgs().path("input").asString()).isEqualTo("Hello");
        });
        assertThat(toolRan).isFalse();
        ModelRequest second = model.chatRequests().get(1);
        assertThat(toolMessage(second).content())
                .isEqualTo("Denied by preToolUse hook: Encryption is disabled by policy.");
        assertThat(lastUserContent(second)).contains("Tell the user to ask an administrator.");
    }

    @Test
    void aFailingCustomToolRaisesPostToolUseFailureWhoseContextReachesTheModel(
            CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.toolCall("encrypt_string", "{\"input\":\"Hello\"}"),
                ModelReply.text("Encryption failed."));
        ToolDefinition tool = ToolDefinition.of("encrypt_string", "Encrypts a string", null, invocation -> {
            throw new IllegalStateException("the key store is locked");
        }).withSkipPermission(true);
        List<PostToolUseFailureInput> failures = new CopyOnWriteArrayList<>();
        SessionHooks hooks = SessionHooks.builder()
                .onPostToolUseFailure((input, context) -> {
                    failures.add(input);
                    return PostToolUseFailureOutput.addContext("Suggest unlocking the key store.");
                })
                .build();
        SessionConfig config = SessionConfig.builder().tools(List.of(tool)).hooks(hooks).build();
        try (CopilotSession session = client.createSession(config)) {
            assertThat(session.sendAndWait("Encrypt Hello.", TURN_TIMEOUT).orElseThrow().content())
                    .isEqualTo("Encryption failed.");
        }

        assertThat(failures).singleElement().satisfies(input -> {
            assertThat(input.toolName()).isEqualTo("encrypt_string");
            assertThat(input.toolArgs().path("input").asString()).isEqualTo("Hello");
            assertThat(input.error()).isNotBlank();
        });
        ModelRequest second = model.chatRequests().get(1);
        assertThat(toolMessage(second).content()).startsWith("Failed to execute `encrypt_string` tool");
        assertThat(second.json().toString()).contains("Suggest unlocking the key store.");
    }

    @Test
    void aThrowingHookLeavesTheTurnAsItWas(CopilotClient client, FakeModelServer model) {
        SessionHooks hooks = SessionHooks.builder()
                .onUserPromptSubmitted((input, context) -> {
                    throw new IllegalStateException("the hook failed in the test");
                })
                .build();
        try (CopilotSession session = client.createSession(SessionConfig.builder().hooks(hooks).build())) {
            assertThat(session.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("2");
        }
        assertThat(model.chatRequests().get(0).lastUserMessage()).isEqualTo("What is 1+1?");
    }

    @Test
    void errorOccurredReceivesTheModelErrorAsAnObject(CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.httpError(400, "the prompt was rejected by the test"));
        List<ErrorOccurredInput> errors = new CopyOnWriteArrayList<>();
        SessionHooks hooks = SessionHooks.builder().onErrorOccurred((input, context) -> record(errors, input)).build();
        try (CopilotSession session = client.createSession(SessionConfig.builder().hooks(hooks).build())) {
            assertThatThrownBy(() -> session.sendAndWait("What is 1+1?", TURN_TIMEOUT))
                    .isInstanceOf(SessionErrorException.class);
        }

        assertThat(errors).singleElement().satisfies(input -> {
            assertThat(input.errorContext()).isEqualTo("model_call");
            assertThat(input.error().name()).isEqualTo("Error");
            assertThat(input.error().message()).contains("the prompt was rejected by the test");
            assertThat(input.error().stack()).isNotBlank();
        });
    }

    @Test
    void blockingTheAgentStopContinuesTheTurnWithTheReason(CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.text("Hello."), ModelReply.text("Goodbye."));
        List<AgentStopInput> stops = new CopyOnWriteArrayList<>();
        SessionHooks hooks = SessionHooks.builder()
                .onAgentStop((input, context) -> {
                    stops.add(input);
                    return input.stopHookActive() ? null : AgentStopOutput.block("Now say goodbye.");
                })
                .build();
        try (CopilotSession session = client.createSession(SessionConfig.builder().hooks(hooks).build())) {
            assertThat(session.sendAndWait("Say hello.", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("Goodbye.");
        }

        assertThat(stops).extracting(AgentStopInput::stopHookActive).containsExactly(false, true);
        assertThat(model.chatRequests()).hasSize(2);
        assertThat(model.chatRequests().get(1).lastUserMessage()).isEqualTo("Now say goodbye.");
    }

    private static <T extends HookInput, O> O record(List<? super T> seen, T input) {
        seen.add(input);
        return null;
    }

    private static ModelMessage toolMessage(ModelRequest request) {
        return request.messages().stream().filter(message -> message.role().equals("tool")).findFirst().orElseThrow();
    }

    private static String lastUserContent(ModelRequest request) {
        List<ModelMessage> users = request.messages().stream()
                .filter(message -> message.role().equals("user")).toList();
        return users.get(users.size() - 1).content();
    }
}
