package io.github.copilot4j.internal.session;

import static io.github.copilot4j.internal.session.RequestRecordingChannel.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.hook.HookContext;
import io.github.copilot4j.hook.PreToolUseInput;
import io.github.copilot4j.hook.PreToolUseOutput;
import io.github.copilot4j.hook.SessionHooks;
import io.github.copilot4j.hook.UserPromptSubmittedOutput;
import io.github.copilot4j.trace.TraceContextPropagator;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class HookInvokerTests {

    private final RequestRecordingChannel channel = new RequestRecordingChannel();

    @Test
    void answersWithTheHandlersOutputAndPassesTheTypedInputAndContext() {
        List<Object> seen = new CopyOnWriteArrayList<>();
        SessionHooks hooks = SessionHooks.builder()
                .onPreToolUse((input, context) -> {
                    seen.add(input);
                    seen.add(context);
                    return PreToolUseOutput.deny("No shell in tests.");
                })
                .build();

        JsonNode answer = invoke(hooks, "preToolUse", """
                {"sessionId":"sub-agent-1","timestamp":1795702378711,"cwd":"/work","toolName":"bash",
                 "toolArgs":{"command":"rm -rf /"}}""");

        assertThat(answer).isEqualTo(json("""
                {"output":{"permissionDecision":"deny","permissionDecisionReason":"No shell in tests."}}"""));
        assertThat(seen.get(0)).isInstanceOfSatisfying(PreToolUseInput.class, input -> {
            assertThat(input.sessionId()).isEqualTo("sub-agent-1");
            assertThat(input.toolArgs().path("command").asString()).isEqualTo("rm -rf /");
        });
        assertThat(seen.get(1)).isEqualTo(new HookContext(RequestRecordingChannel.SESSION_ID));
    }

    @Test
    void aThrowingHandlerAnswersWithoutOutput() {
        SessionHooks hooks = SessionHooks.builder()
                .onUserPromptSubmitted((input, context) -> {
                    throw new IllegalStateException("the hook failed in the test");
                })
                .build();

        assertThat(invoke(hooks, "userPromptSubmitted", "{\"prompt\":\"hi\"}")).isEqualTo(json("{}"));
    }

    @Test
    void aCheckedExceptionAlsoAnswersWithoutOutput() {
        SessionHooks hooks = SessionHooks.builder()
                .onUserPromptSubmitted((input, context) -> {
                    throw new java.io.IOException("the hook's store is unreachable");
                })
                .build();

        assertThat(invoke(hooks, "userPromptSubmitted", "{\"prompt\":\"hi\"}")).isEqualTo(json("{}"));
    }

    @Test
    void aHandlerRunningPastTheHandlerTimeoutAnswersWithoutOutput() {
        channel.handlerTimeout(Duration.ofMillis(100));
        SessionHooks hooks = SessionHooks.builder()
                .onUserPromptSubmitted((input, context) -> {
                    new CountDownLatch(1).await();
                    return UserPromptSubmittedOutput.modifyPrompt("never sent");
                })
                .build();

        assertThat(invoke(hooks, "userPromptSubmitted", "{\"prompt\":\"hi\"}")).isEqualTo(json("{}"));
    }

    @Test
    void aHandlerReturningNullAnswersWithoutOutput() {
        SessionHooks hooks = SessionHooks.builder().onSessionEnd((input, context) -> null).build();

        assertThat(invoke(hooks, "sessionEnd", "{\"reason\":\"user_exit\"}")).isEqualTo(json("{}"));
    }

    @Test
    void aHookTypeWithoutHandlerAnswersWithoutOutput() {
        SessionHooks hooks = SessionHooks.builder().onSessionEnd((input, context) -> null).build();

        assertThat(invoke(hooks, "userPromptSubmitted", "{\"prompt\":\"hi\"}")).isEqualTo(json("{}"));
    }

    @Test
    void anUnknownHookTypeAnswersWithoutOutput() {
        SessionHooks hooks = SessionHooks.builder().onSessionEnd((input, context) -> null).build();

        assertThat(invoke(hooks, "preCompact", "{\"trigger\":\"auto\"}")).isEqualTo(json("{}"));
    }

    @Test
    void inputThatCannotBeDecodedAnswersWithoutOutputAndSkipsTheHandler() {
        List<Object> calls = new CopyOnWriteArrayList<>();
        SessionHooks hooks = SessionHooks.builder()
                .onUserPromptSubmitted((input, context) -> {
                    calls.add(input);
                    return UserPromptSubmittedOutput.modifyPrompt("changed");
                })
                .build();

        assertThat(invoke(hooks, "userPromptSubmitted", "{\"prompt\":[\"not\",\"a\",\"string\"]}"))
                .isEqualTo(json("{}"));
        assertThat(calls).isEmpty();
    }

    @Test
    void handlersRunOnTheCallbackExecutor() {
        QueuedExecutorChannel queued = new QueuedExecutorChannel();
        SessionHooks hooks = SessionHooks.builder()
                .onUserPromptSubmitted((input, context) -> UserPromptSubmittedOutput.modifyPrompt("changed"))
                .build();

        CompletableFuture<?> answer = new HookInvoker(hooks).onRequest("hooks.invoke",
                params("userPromptSubmitted", "{\"prompt\":\"hi\"}"), queued);

        assertThat(answer).isNotDone();
        queued.runAll();
        assertThat(answer.join()).isEqualTo(json("{\"output\":{\"modifiedPrompt\":\"changed\"}}"));
    }

    @Test
    void otherMethodsAreLeftToOtherFeatures() {
        HookInvoker invoker = new HookInvoker(SessionHooks.builder().onSessionEnd((input, context) -> null).build());

        assertThat(invoker.onRequest("userInput.request", json("{}"), channel)).isNull();
    }

    @Test
    void isOnlyNeededWhenAHandlerIsSet() {
        assertThat(HookInvoker.forConfig(SessionConfig.builder().build())).isEmpty();
        assertThat(HookInvoker.forConfig(SessionConfig.builder().hooks(SessionHooks.builder().build()).build()))
                .isEmpty();
        assertThat(HookInvoker.forConfig(SessionConfig.builder()
                .hooks(SessionHooks.builder().onAgentStop((input, context) -> null).build()).build()))
                .containsInstanceOf(HookInvoker.class);
    }

    private JsonNode invoke(SessionHooks hooks, String hookType, String input) {
        CompletableFuture<?> answer = new HookInvoker(hooks).onRequest("hooks.invoke", params(hookType, input), channel);
        assertThat(answer).isNotNull();
        return (JsonNode) answer.join();
    }

    private static ObjectNode params(String hookType, String input) {
        ObjectNode params = (ObjectNode) json("{\"sessionId\":\"" + RequestRecordingChannel.SESSION_ID + "\"}");
        params.put("hookType", hookType);
        params.set("input", json(input));
        return params;
    }

    /** A channel whose callback executor holds tasks until {@link #runAll()}. */
    private static final class QueuedExecutorChannel implements SessionChannel {

        private final Queue<Runnable> tasks = new ArrayDeque<>();

        void runAll() {
            Runnable task;
            while ((task = tasks.poll()) != null) {
                task.run();
            }
        }

        @Override
        public String sessionId() {
            return RequestRecordingChannel.SESSION_ID;
        }

        @Override
        public CompletableFuture<JsonNode> request(String method, ObjectNode params) {
            throw new UnsupportedOperationException("hooks send no requests");
        }

        @Override
        public Executor callbackExecutor() {
            return tasks::add;
        }

        @Override
        public TraceContextPropagator traceContextPropagator() {
            return TraceContextPropagator.noop();
        }
    }
}
