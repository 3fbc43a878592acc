package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SendOptions;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.event.ToolExecutionCompleteEvent;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelReply;
import io.github.copilot4j.testkit.ModelRequest;
import io.github.copilot4j.tool.CopilotTool;
import io.github.copilot4j.tool.CopilotToolParam;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.ToolResult;
import io.github.copilot4j.tool.Tools;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Custom tools called by the model through the real CLI. */
@CopilotTest
class ToolsIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);
    private static final String PROMPT = "Use encrypt_string to encrypt this string: Hello";

    record EncryptArgs(@CopilotToolParam(description = "String to encrypt") String input) {
    }

    static final class Crypto {

        private final List<String> inputs;

        Crypto(List<String> inputs) {
            this.inputs = inputs;
        }

        @CopilotTool(name = "encrypt_string", description = "Encrypts a string", skipPermission = true)
        String encrypt(@CopilotToolParam(description = "String to encrypt") String input) {
            inputs.add(input);
            return input.toUpperCase();
        }
    }

    /** The three ways to write a tool, each recording the input it was called with. */
    enum Form {
        LAMBDA {
            @Override
            ToolDefinition encryptString(List<String> inputs) {
                return Tools.of("encrypt_string", "Encrypts a string", EncryptArgs.class, args -> {
                    inputs.add(args.input());
                    return args.input().toUpperCase();
                }).withSkipPermission(true);
            }
        },
        ANNOTATED_METHOD {
            @Override
            ToolDefinition encryptString(List<String> inputs) {
                return Tools.from(new Crypto(inputs)).get(0);
            }
        },
        LOW_LEVEL_HANDLER {
            @Override
            ToolDefinition encryptString(List<String> inputs) {
                ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
                schema.putObject("properties").putObject("input").put("type", "string");
                schema.putArray("required").add("input");
                return ToolDefinition.of("encrypt_string", "Encrypts a string", schema, invocation -> {
                    String input = invocation.arguments().get("input").asString();
                    inputs.add(input);
                    return CompletableFuture.supplyAsync(() -> ToolResult.success(input.toUpperCase()));
                }).withSkipPermission(true);
            }
        };

        abstract ToolDefinition encryptString(List<String> inputs);
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void theModelCallsACustomToolAndReceivesItsResult(Form form, CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.toolCall("encrypt_string", "{\"input\":\"Hello\"}"),
                ModelReply.text("The encrypted string is HELLO."));
        List<String> inputs = new CopyOnWriteArrayList<>();
        ToolDefinition tool = form.encryptString(inputs);

        try (CopilotSession session = client.createSession(SessionConfig.builder().tools(List.of(tool)).build())) {
            AssistantMessageEvent answer = session.sendAndWait(PROMPT, TURN_TIMEOUT).orElseThrow();

            assertThat(answer.content()).isEqualTo("The encrypted string is HELLO.");
        }
        assertThat(inputs).containsExactly("Hello");
        List<ModelRequest> requests = model.chatRequests();
        assertThat(requests).hasSize(2);
        assertThat(offeredParameters(requests.get(0), "encrypt_string")).isEqualTo(tool.parameters());
        assertThat(toolResults(requests.get(1))).containsExactly("HELLO");
    }

    @Test
    void aThrownErrorIsHiddenFromTheModelWhileAFailureResultIsShown(CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.toolCalls(
                        new ModelReply.ToolCall("encrypt_string", "{\"input\":\"Hello\"}"),
                        new ModelReply.ToolCall("lookup", "{\"input\":\"Hello\"}")),
                ModelReply.text("Both failed."));
        List<String> ran = new CopyOnWriteArrayList<>();
        ToolDefinition throwing = Tools.of("encrypt_string", "Encrypts a string", EncryptArgs.class, args -> {
            ran.add("encrypt_string");
            throw new IllegalStateException("Melbourne");
        }).withSkipPermission(true);
        ToolDefinition failing = Tools.of("lookup", "Looks a string up", EncryptArgs.class, args -> {
            ran.add("lookup");
            return ToolResult.failure("Service unavailable");
        }).withSkipPermission(true);
        List<SessionEvent> events = new CopyOnWriteArrayList<>();
        SessionConfig config = SessionConfig.builder().tools(List.of(throwing, failing)).onEvent(events::add).build();

        try (CopilotSession session = client.createSession(config)) {
            assertThat(session.sendAndWait(PROMPT, TURN_TIMEOUT).orElseThrow().content()).isEqualTo("Both failed.");
        }

        assertThat(ran).containsExactlyInAnyOrder("encrypt_string", "lookup");
        assertThat(toolResults(model.chatRequests().get(1))).containsExactly(
                "Failed to execute `encrypt_string` tool with arguments: {\"input\":\"Hello\"} due to error: Error:"
                        + " Tool execution failed",
                "Service unavailable");
        assertThat(events).filteredOn(ToolExecutionCompleteEvent.class::isInstance)
                .extracting(event -> ((ToolExecutionCompleteEvent) event).error())
                .extracting(ToolExecutionCompleteEvent.ToolError::message)
                .containsExactlyInAnyOrder("Tool execution failed", "Service unavailable");
    }

    @Test
    void withoutAPermissionHandlerAToolNeedingPermissionIsDenied(CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.toolCall("encrypt_string", "{\"input\":\"Hello\"}"), ModelReply.text("Denied."));
        List<String> inputs = new CopyOnWriteArrayList<>();
        ToolDefinition tool = Form.LAMBDA.encryptString(inputs).withSkipPermission(false);
        List<SessionEvent> events = new CopyOnWriteArrayList<>();

        try (CopilotSession session = client.createSession(
                SessionConfig.builder().tools(List.of(tool)).onEvent(events::add).build())) {
            assertThat(session.sendAndWait(PROMPT, TURN_TIMEOUT).orElseThrow().content()).isEqualTo("Denied.");
        }

        assertThat(inputs).isEmpty();
        assertThat(toolResults(model.chatRequests().get(1))).containsExactly("Permission denied and could not"
                + " request permission from user. Copilot needed the user's approval and no one could answer.");
        assertThat(events).filteredOn(ToolExecutionCompleteEvent.class::isInstance)
                .extracting(event -> ((ToolExecutionCompleteEvent) event).error().code())
                .containsExactly("denied");
    }

    @Test
    void parallelToolCallsRunTogetherAndAreBothAnswered(CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.toolCalls(
                        new ModelReply.ToolCall("encrypt_string", "{\"input\":\"first\"}"),
                        new ModelReply.ToolCall("encrypt_string", "{\"input\":\"second\"}")),
                ModelReply.text("Done."));
        CountDownLatch bothRunning = new CountDownLatch(2);
        ToolDefinition tool = Tools.of("encrypt_string", "Encrypts a string", EncryptArgs.class, args -> {
            bothRunning.countDown();
            boolean together = bothRunning.await(20, TimeUnit.SECONDS);
            return args.input().toUpperCase() + (together ? "" : " (ran alone)");
        }).withSkipPermission(true);

        try (CopilotSession session = client.createSession(SessionConfig.builder().tools(List.of(tool)).build())) {
            assertThat(session.sendAndWait(PROMPT, TURN_TIMEOUT).orElseThrow().content()).isEqualTo("Done.");
        }

        ModelRequest second = model.chatRequests().get(1);
        Map<String, String> argumentsByCallId = second.messages().stream()
                .flatMap(message -> message.toolCalls().stream())
                .collect(Collectors.toMap(ModelMessage.ToolCall::id, ModelMessage.ToolCall::arguments));
        Map<String, String> resultsByArguments = second.messages().stream()
                .filter(message -> message.role().equals("tool"))
                .collect(Collectors.toMap(message -> argumentsByCallId.get(message.toolCallId()),
                        ModelMessage::content));
        assertThat(resultsByArguments).containsExactlyInAnyOrderEntriesOf(Map.of(
                "{\"input\":\"first\"}", "FIRST", "{\"input\":\"second\"}", "SECOND"));
    }

    @Test
    void abortingTheTurnCancelsARunningTool(CopilotClient client, FakeModelServer model) throws Exception {
        model.enqueue(ModelReply.toolCall("encrypt_string", "{\"input\":\"Hello\"}"));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        ToolDefinition tool = Tools.of("encrypt_string", "Encrypts a string", EncryptArgs.class,
                (args, invocation) -> {
                    invocation.cancellation().onCancel(cancelled::countDown);
                    started.countDown();
                    return invocation.cancellation().asFuture().thenApply(ignored -> "too late");
                }).withSkipPermission(true);
        List<SessionEvent> events = new CopyOnWriteArrayList<>();

        try (CopilotSession session = client.createSession(
                SessionConfig.builder().tools(List.of(tool)).onEvent(events::add).build())) {
            CompletableFuture<Optional<AssistantMessageEvent>> turn = session.sendAndWaitAsync(PROMPT,
                    SendOptions.defaults(), TURN_TIMEOUT);
            assertThat(started.await(30, TimeUnit.SECONDS)).as("the tool started").isTrue();

            session.abort();

            assertThat(cancelled.await(30, TimeUnit.SECONDS)).as("the tool was cancelled").isTrue();
            turn.get(30, TimeUnit.SECONDS);
        }
        assertThat(events).filteredOn(SessionIdleEvent.class::isInstance)
                .extracting(event -> ((SessionIdleEvent) event).aborted())
                .containsExactly(true);
    }

    private static JsonNode offeredParameters(ModelRequest request, String toolName) {
        for (JsonNode tool : request.json().path("tools").values()) {
            if (tool.path("function").path("name").asString("").equals(toolName)) {
                return tool.path("function").path("parameters");
            }
        }
        throw new AssertionError("The model was not offered " + toolName + ": " + request.toolNames());
    }

    private static List<String> toolResults(ModelRequest request) {
        return request.messages().stream()
                .filter(message -> message.role().equals("tool"))
                .map(ModelMessage::content)
                .collect(Collectors.toList());
    }
}
