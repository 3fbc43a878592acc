package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SendOptions;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.ToolExecutionCompleteEvent;
import io.github.copilot4j.hook.SessionHooks;
import io.github.copilot4j.hook.UserPromptSubmittedOutput;
import io.github.copilot4j.input.UserInputResponse;
import io.github.copilot4j.permission.PermissionDecision;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelReply;
import io.github.copilot4j.testkit.ModelRequest;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.ToolInvocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Application callbacks that fail: tools that return nothing, hang or return huge output; permission, user input and
 * hook handlers that throw or hang past the handler timeout; listeners that block. In every case the documented
 * outcome reaches the model, the turn completes and the session takes the next turn. Throwing tools, permission
 * handlers and hooks are covered by {@link ToolsIT}, {@link PermissionsIT} and {@link HooksIT}.
 */
@CopilotTest
class HandlerFaultsIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration CALLBACK_TIMEOUT = Duration.ofSeconds(1);
    private static final String ECHO_CALL = "{\"command\":\"echo hello-from-tool\",\"description\":\"Echo\"}";

    @Test
    void aToolReturningNothingReportsNoResult(CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.toolCall("lookup", "{}"), ModelReply.text("Nothing found."));
        ToolDefinition tool = ToolDefinition.of("lookup", "Looks something up", null, invocation -> null)
                .withSkipPermission(true);
        try (CopilotSession session = client.createSession(SessionConfig.builder().tools(List.of(tool)).build())) {
            assertThat(session.sendAndWait("Look it up.", TURN_TIMEOUT).orElseThrow().content())
                    .isEqualTo("Nothing found.");
            assertThat(toolMessages(model.chatRequests().get(1))).containsExactly("Tool returned no result.");

            assertUsableAgain(session, model);
        }
    }

    @Test
    void aToolHangingPastTheToolTimeoutIsAnsweredWithATimeoutAndCancelled(CopilotClient client,
            FakeModelServer model) throws Exception {
        model.enqueue(ModelReply.toolCall("stuck", "{}"), ModelReply.text("The tool took too long."));
        AtomicReference<ToolInvocation> call = new AtomicReference<>();
        CountDownLatch interrupted = new CountDownLatch(1);
        ToolDefinition tool = ToolDefinition.of("stuck", "Never finishes", null, invocation -> {
            call.set(invocation);
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "too late";
        }).withSkipPermission(true);
        List<SessionEvent> events = new CopyOnWriteArrayList<>();
        SessionConfig config = SessionConfig.builder().tools(List.of(tool)).toolTimeout(CALLBACK_TIMEOUT)
                .onEvent(events::add).build();
        try (CopilotSession session = client.createSession(config)) {
            assertThat(session.sendAndWait("Use the stuck tool.", TURN_TIMEOUT).orElseThrow().content())
                    .isEqualTo("The tool took too long.");

            assertThat(toolMessages(model.chatRequests().get(1))).singleElement().asString()
                    .contains("Tool 'stuck' timed out after 1 s");
            assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the handler's thread was interrupted").isTrue();
            assertThat(call.get().cancellation().isCancelled()).isTrue();
            assertThat(events).filteredOn(ToolExecutionCompleteEvent.class::isInstance)
                    .extracting(event -> ((ToolExecutionCompleteEvent) event).success()).containsExactly(false);
            assertUsableAgain(session, model);
        }
    }

    @Test
    void aToolReturningHugeOutputCompletesTheTurn(CopilotClient client, FakeModelServer model) throws IOException {
        String huge = "0123456789abcdef".repeat(320 * 1024);
        model.enqueue(ModelReply.toolCall("dump", "{}"), ModelReply.text("That was a lot."));
        ToolDefinition tool = ToolDefinition.of("dump", "Returns a lot of text", null, invocation -> huge)
                .withSkipPermission(true);
        try (CopilotSession session = client.createSession(SessionConfig.builder().tools(List.of(tool)).build())) {
            assertThat(session.sendAndWait("Dump everything.", TURN_TIMEOUT).orElseThrow().content())
                    .isEqualTo("That was a lot.");

            String seen = toolMessages(model.chatRequests().get(1)).get(0);
            // The CLI saves a large output to a file and shows the model a preview.
            assertThat(seen).startsWith("Output too large to read at once (5.0 MB)")
                    .contains("Preview (first 500 chars):\n0123456789abcdef");
            Matcher saved = Pattern.compile("Saved to: (\\S+)").matcher(seen);
            assertThat(saved.find()).isTrue();
            assertThat(Path.of(saved.group(1))).hasSize(huge.length());
            Files.delete(Path.of(saved.group(1)));
            assertUsableAgain(session, model);
        }
    }

    @Test
    void aPermissionHandlerHangingPastTheHandlerTimeoutDenies(CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.toolCall("bash", ECHO_CALL), ModelReply.text("Denied."));
        SessionConfig config = SessionConfig.builder()
                .handlerTimeout(CALLBACK_TIMEOUT)
                .onPermissionRequest(context -> {
                    new CountDownLatch(1).await();
                    return PermissionDecision.approveOnce();
                })
                .build();
        try (CopilotSession session = client.createSession(config)) {
            assertThat(session.sendAndWait("Say hello in the shell.", TURN_TIMEOUT).orElseThrow().content())
                    .isEqualTo("Denied.");

            assertThat(toolMessages(model.chatRequests().get(1))).singleElement().asString()
                    .startsWith("Permission denied and could not request permission from user")
                    .doesNotContain("hello-from-tool");
            assertUsableAgain(session, model);
        }
    }

    @Test
    void aUserInputHandlerThatThrowsOrHangsLeavesTheQuestionUnansweredAndTheTurnCompletes(CopilotClient client,
            FakeModelServer model) {
        model.enqueue(ModelReply.toolCall("ask_user", "{\"question\":\"Which colour?\"}"),
                ModelReply.text("No answer, then."),
                ModelReply.toolCall("ask_user", "{\"question\":\"Which size?\"}"),
                ModelReply.text("Still no answer."));
        AtomicBoolean first = new AtomicBoolean(true);
        SessionConfig config = SessionConfig.builder()
                .handlerTimeout(CALLBACK_TIMEOUT)
                .onUserInputRequest(request -> {
                    if (first.getAndSet(false)) {
                        throw new IllegalStateException("The user interface is gone");
                    }
                    new CountDownLatch(1).await();
                    return UserInputResponse.freeform("never sent");
                })
                .build();
        try (CopilotSession session = client.createSession(config)) {
            assertThat(session.sendAndWait("Ask me for a colour.", TURN_TIMEOUT).orElseThrow().content())
                    .isEqualTo("No answer, then.");
            assertThat(session.sendAndWait("Ask me for a size.", TURN_TIMEOUT).orElseThrow().content())
                    .isEqualTo("Still no answer.");

            assertThat(toolMessages(model.chatRequests().get(1))).singleElement().asString()
                    .doesNotContain("never sent");
            assertThat(toolMessages(model.chatRequests().get(3))).last().asString().doesNotContain("never sent");
            assertUsableAgain(session, model);
        }
    }

    @Test
    void aHookHangingPastTheHandlerTimeoutLeavesThePromptAsItWas(CopilotClient client, FakeModelServer model) {
        SessionConfig config = SessionConfig.builder()
                .handlerTimeout(CALLBACK_TIMEOUT)
                .hooks(SessionHooks.builder().onUserPromptSubmitted((input, context) -> {
                    new CountDownLatch(1).await();
                    return UserPromptSubmittedOutput.modifyPrompt("a rewritten prompt that is never sent");
                }).build())
                .build();
        try (CopilotSession session = client.createSession(config)) {
            assertThat(session.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("2");

            assertThat(model.chatRequests().get(0).lastUserMessage()).isEqualTo("What is 1+1?");
        }
    }

    @Test
    void aBlockedListenerStallsNeitherOtherSessionsNorTheConnection(CopilotClient client, FakeModelServer model)
            throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        try (CopilotSession stalled = client.createSession(SessionConfig.builder().build());
                CopilotSession other = client.createSession(SessionConfig.builder().build())) {
            stalled.on(event -> {
                blocked.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            CompletableFuture<Optional<AssistantMessageEvent>> stalledTurn = stalled.sendAndWaitAsync("What is 1+1?",
                    SendOptions.defaults(), TURN_TIMEOUT);
            assertThat(blocked.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(other.sendAndWait("Hello", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("OK");
            assertThat(client.getStatus().protocolVersion()).isEqualTo(CopilotClient.PROTOCOL_VERSION);
            assertThat(stalledTurn).isNotDone();

            release.countDown();
            assertThat(stalledTurn.get(30, TimeUnit.SECONDS).orElseThrow().content()).isEqualTo("2");
        }
    }

    private static void assertUsableAgain(CopilotSession session, FakeModelServer model) {
        model.enqueue(ModelReply.text("Ready again."));
        assertThat(session.sendAndWait("Are you still there?", TURN_TIMEOUT).orElseThrow().content())
                .isEqualTo("Ready again.");
    }

    private static List<String> toolMessages(ModelRequest request) {
        return request.messages().stream().filter(message -> message.role().equals("tool"))
                .map(ModelMessage::content).toList();
    }
}
