package io.github.copilot4j.spring.hook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.hook.AgentStopInput;
import io.github.copilot4j.hook.AgentStopOutput;
import io.github.copilot4j.hook.ErrorOccurredInput;
import io.github.copilot4j.hook.ErrorOccurredOutput;
import io.github.copilot4j.hook.HookContext;
import io.github.copilot4j.hook.HookError;
import io.github.copilot4j.hook.HookHandler;
import io.github.copilot4j.hook.HookToolResult;
import io.github.copilot4j.hook.PostToolUseInput;
import io.github.copilot4j.hook.PostToolUseOutput;
import io.github.copilot4j.hook.PreMcpToolCallInput;
import io.github.copilot4j.hook.PreMcpToolCallOutput;
import io.github.copilot4j.hook.PreToolUseInput;
import io.github.copilot4j.hook.PreToolUseOutput;
import io.github.copilot4j.hook.PreToolUseOutput.Decision;
import io.github.copilot4j.hook.SessionEndInput;
import io.github.copilot4j.hook.SessionEndOutput;
import io.github.copilot4j.hook.SessionStartInput;
import io.github.copilot4j.hook.SessionStartOutput;
import io.github.copilot4j.hook.UserPromptSubmittedInput;
import io.github.copilot4j.hook.UserPromptSubmittedOutput;
import io.github.copilot4j.hook.UserPromptTransformedInput;
import io.github.copilot4j.hook.UserPromptTransformedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class HookChainsTests {

    private static final HookContext CONTEXT = new HookContext("session-1");

    private static final Instant NOW = Instant.now();

    @Test
    void preToolUseFirstDenialWinsAndEndsTheChain() throws Exception {
        List<String> ran = new ArrayList<>();
        HookHandler<PreToolUseInput, PreToolUseOutput> chain = HookChains.preToolUse(List.of(
                (input, context) -> {
                    ran.add("allow");
                    return PreToolUseOutput.allow();
                },
                (input, context) -> {
                    ran.add("deny");
                    return PreToolUseOutput.deny("not bash");
                },
                (input, context) -> {
                    ran.add("late");
                    return PreToolUseOutput.deny("too late");
                }));

        PreToolUseOutput output = chain.handle(preToolUse(null), CONTEXT);

        assertThat(ran).containsExactly("allow", "deny");
        assertThat(output.permissionDecision()).isEqualTo(Decision.DENY);
        assertThat(output.permissionDecisionReason()).isEqualTo("not bash");
    }

    @Test
    void preToolUseAskWinsOverAllowAndLaterHandlersSeeModifiedArguments() throws Exception {
        JsonNode first = json("{\"command\":\"ls\"}");
        JsonNode second = json("{\"command\":\"ls -la\"}");
        List<JsonNode> seen = new ArrayList<>();
        HookHandler<PreToolUseInput, PreToolUseOutput> chain = HookChains.preToolUse(List.of(
                (input, context) -> PreToolUseOutput.ask().withReason("check").withModifiedArgs(first)
                        .withAdditionalContext("one"),
                (input, context) -> {
                    seen.add(input.toolArgs());
                    return PreToolUseOutput.allow().withModifiedArgs(second).withAdditionalContext("two")
                            .withSuppressOutput(true);
                },
                (input, context) -> {
                    seen.add(input.toolArgs());
                    return null;
                }));

        PreToolUseOutput output = chain.handle(preToolUse(json("{\"command\":\"rm\"}")), CONTEXT);

        assertThat(seen).containsExactly(first, second);
        assertThat(output.permissionDecision()).isEqualTo(Decision.ASK);
        assertThat(output.permissionDecisionReason()).isEqualTo("check");
        assertThat(output.modifiedArgs()).isEqualTo(second);
        assertThat(output.additionalContext()).isEqualTo("one\n\ntwo");
        assertThat(output.suppressOutput()).isTrue();
    }

    @Test
    void preToolUseWithoutAnswersGivesNoOutput() throws Exception {
        HookHandler<PreToolUseInput, PreToolUseOutput> chain = HookChains.preToolUse(List.of(
                (input, context) -> null, (input, context) -> null));

        assertThat(chain.handle(preToolUse(null), CONTEXT)).isNull();
    }

    @Test
    void userPromptSubmittedChainsTheModifiedPrompt() throws Exception {
        HookHandler<UserPromptSubmittedInput, UserPromptSubmittedOutput> chain = HookChains.userPromptSubmitted(
                List.of((input, context) -> UserPromptSubmittedOutput.modifyPrompt(input.prompt() + " please"),
                        (input, context) -> UserPromptSubmittedOutput.modifyPrompt(input.prompt() + "!")));

        UserPromptSubmittedOutput output = chain.handle(new UserPromptSubmittedInput("s", NOW, "/w", "help"),
                CONTEXT);

        assertThat(output.modifiedPrompt()).isEqualTo("help please!");
    }

    @Test
    void userPromptTransformedChainsTheModifiedPrompt() throws Exception {
        HookHandler<UserPromptTransformedInput, UserPromptTransformedOutput> chain = HookChains
                .userPromptTransformed(List.of(
                        (input, context) -> UserPromptTransformedOutput.modifyTransformedPrompt(
                                input.transformedPrompt() + " A"),
                        (input, context) -> null,
                        (input, context) -> UserPromptTransformedOutput.modifyTransformedPrompt(
                                input.transformedPrompt() + " B")));

        UserPromptTransformedOutput output = chain.handle(new UserPromptTransformedInput("s", NOW, "/w", "p", "t"),
                CONTEXT);

        assertThat(output.modifiedTransformedPrompt()).isEqualTo("t A B");
    }

    @Test
    void postToolUseChainsTheModifiedResult() throws Exception {
        HookHandler<PostToolUseInput, PostToolUseOutput> chain = HookChains.postToolUse(List.of(
                (input, context) -> PostToolUseOutput.replaceResult(result(input.toolResult().textResultForLlm()
                        + " [checked]")),
                (input, context) -> PostToolUseOutput.addContext("audited: "
                        + input.toolResult().textResultForLlm())));

        PostToolUseOutput output = chain.handle(new PostToolUseInput("s", NOW, "/w", "bash", null, result("ok")),
                CONTEXT);

        assertThat(output.modifiedResult().textResultForLlm()).isEqualTo("ok [checked]");
        assertThat(output.additionalContext()).isEqualTo("audited: ok [checked]");
    }

    @Test
    void preMcpToolCallSendsTheLastChangeOfMeta() throws Exception {
        ObjectNode meta = (ObjectNode) json("{\"tenant\":\"a\"}");
        List<Object> seen = new ArrayList<>();
        HookHandler<PreMcpToolCallInput, PreMcpToolCallOutput> chain = HookChains.preMcpToolCall(List.of(
                (input, context) -> PreMcpToolCallOutput.useMeta(meta),
                (input, context) -> {
                    seen.add(input.meta());
                    return PreMcpToolCallOutput.keepMeta();
                },
                (input, context) -> PreMcpToolCallOutput.dropMeta()));

        PreMcpToolCallOutput output = chain.handle(new PreMcpToolCallInput("s", NOW, "/w", "c1", "srv", "tool",
                null, null), CONTEXT);

        assertThat(seen).containsExactly(meta);
        assertThat(output).isEqualTo(PreMcpToolCallOutput.dropMeta());
    }

    @Test
    void sessionStartMergesConfigurationsLaterWinning() throws Exception {
        HookHandler<SessionStartInput, SessionStartOutput> chain = HookChains.sessionStart(List.of(
                (input, context) -> SessionStartOutput.addContext("one")
                        .withModifiedConfig((ObjectNode) json("{\"a\":1,\"b\":1}")),
                (input, context) -> SessionStartOutput.addContext("two")
                        .withModifiedConfig((ObjectNode) json("{\"b\":2}"))));

        SessionStartOutput output = chain.handle(new SessionStartInput("s", NOW, "/w", "new", null), CONTEXT);

        assertThat(output.modifiedConfig()).isEqualTo(json("{\"a\":1,\"b\":2}"));
        assertThat(output.additionalContext()).isEqualTo("one\n\ntwo");
    }

    @Test
    void sessionEndConcatenatesCleanupActionsAndKeepsTheLastSummary() throws Exception {
        HookHandler<SessionEndInput, SessionEndOutput> chain = HookChains.sessionEnd(List.of(
                (input, context) -> new SessionEndOutput(null, List.of("a"), "first"),
                (input, context) -> new SessionEndOutput(true, List.of("b"), "second")));

        SessionEndOutput output = chain.handle(new SessionEndInput("s", NOW, "/w", "complete", null, null), CONTEXT);

        assertThat(output.cleanupActions()).containsExactly("a", "b");
        assertThat(output.sessionSummary()).isEqualTo("second");
        assertThat(output.suppressOutput()).isTrue();
    }

    @Test
    void errorOccurredTheFirstErrorHandlingDecides() throws Exception {
        HookHandler<ErrorOccurredInput, ErrorOccurredOutput> chain = HookChains.errorOccurred(List.of(
                (input, context) -> new ErrorOccurredOutput(null, null, "heads up", null),
                (input, context) -> ErrorOccurredOutput.retry(2),
                (input, context) -> ErrorOccurredOutput.abort().withUserNotification("giving up")));

        ErrorOccurredOutput output = chain.handle(new ErrorOccurredInput("s", NOW, "/w",
                new HookError("boom", null, null), "model_call", true), CONTEXT);

        assertThat(output.errorHandling()).isEqualTo(ErrorOccurredOutput.ErrorHandling.RETRY);
        assertThat(output.retryCount()).isEqualTo(2);
        assertThat(output.userNotification()).isEqualTo("heads up\n\ngiving up");
    }

    @Test
    void agentStopTheFirstBlockWins() throws Exception {
        List<String> ran = new ArrayList<>();
        HookHandler<AgentStopInput, AgentStopOutput> chain = HookChains.agentStop(List.of(
                (input, context) -> AgentStopOutput.allowStop(),
                (input, context) -> AgentStopOutput.block("keep going"),
                (input, context) -> {
                    ran.add("late");
                    return AgentStopOutput.allowStop();
                }));

        AgentStopOutput output = chain.handle(new AgentStopInput("s", NOW, "/w", null, null, false), CONTEXT);

        assertThat(output).isEqualTo(AgentStopOutput.block("keep going"));
        assertThat(ran).isEmpty();
    }

    private static PreToolUseInput preToolUse(JsonNode args) {
        return new PreToolUseInput("session-1", NOW, "/work", "bash", args);
    }

    private static HookToolResult result(String text) {
        return new HookToolResult(text, "success", null, null, null);
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }
}
