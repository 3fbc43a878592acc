package io.github.copilot4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.testkit.ReplaySnapshot.Message;
import io.github.copilot4j.testkit.ReplaySnapshot.ToolCall;
import io.github.copilot4j.testkit.SnapshotMatcher.ErrorOutcome;
import io.github.copilot4j.testkit.SnapshotMatcher.HangOutcome;
import io.github.copilot4j.testkit.SnapshotMatcher.Outcome;
import io.github.copilot4j.testkit.SnapshotMatcher.ReplyOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class ReplaySnapshotTests {

    @TempDir
    Path directory;

    @Test
    void loadsModelsErrorsAndConversationsInFileOrder() throws IOException {
        Path file = write("""
                models:
                  - claude-sonnet-4.5
                  - auto
                errors:
                  - model: claude-sonnet-4.5
                    status: 429
                    code: user_weekly_rate_limited
                    message: You've reached your weekly rate limit.
                    retryAfterSeconds: 1
                    messages:
                      - role: system
                        content: ${system}
                      - role: user
                        content: Hi
                conversations:
                  - messages:
                      - role: system
                        content: ${system}
                      - role: user
                        content: "Use encrypt_string to encrypt this string: Hello"
                      - role: assistant
                        tool_calls:
                          - id: toolcall_0
                            type: function
                            function:
                              name: encrypt_string
                              arguments: '{ "input" : "Hello" }'
                      - role: tool
                        tool_call_id: toolcall_0
                        content: HELLO
                      - role: assistant
                        content: |-
                          The encrypted string is: **HELLO**
                """);

        ReplaySnapshot snapshot = ReplaySnapshot.load(file);

        assertThat(snapshot.name()).isEqualTo("snapshot");
        assertThat(snapshot.models()).containsExactly("claude-sonnet-4.5", "auto");
        assertThat(snapshot.errors()).singleElement().satisfies(error -> {
            assertThat(error.model()).isEqualTo("claude-sonnet-4.5");
            assertThat(error.status()).isEqualTo(429);
            assertThat(error.code()).isEqualTo("user_weekly_rate_limited");
            assertThat(error.retryAfterSeconds()).isEqualTo(1);
            assertThat(error.messages()).containsExactly(Message.of("system", "${system}"), Message.of("user", "Hi"));
        });
        ReplaySnapshot.Conversation conversation = snapshot.conversations().get(0);
        assertThat(conversation.messages().get(2).toolCalls()).containsExactly(
                new ToolCall("toolcall_0", "function", "encrypt_string", "{\"input\":\"Hello\"}"));
        assertThat(conversation.messages().get(3).toolCallId()).isEqualTo("toolcall_0");
        assertThat(conversation.userPrompts()).containsExactly("Use encrypt_string to encrypt this string: Hello");
        assertThat(conversation.finalAssistantContent()).hasValue("The encrypted string is: **HELLO**");
    }

    @Test
    void aSnapshotWithoutModelsListsTheDefaultModel() throws IOException {
        ReplaySnapshot snapshot = ReplaySnapshot.load(write("conversations: []\n"));

        assertThat(snapshot.models()).containsExactly(ReplaySnapshot.DEFAULT_MODEL);
        assertThat(snapshot.conversations()).isEmpty();
    }

    @Test
    void storedToolResultsAreSortedAndReworded() throws IOException {
        ReplaySnapshot snapshot = ReplaySnapshot.load(write("""
                conversations:
                  - messages:
                      - role: tool
                        tool_call_id: toolcall_10
                        content: "Tool 'x' does not exist. Available tools that can be called are bash, view."
                      - role: tool
                        tool_call_id: toolcall_2
                        content: <shell context is being reconfigured; retry the command>
                """));

        assertThat(snapshot.conversations().get(0).messages())
                .extracting(Message::toolCallId, Message::content)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("toolcall_2", SnapshotNormalizer.INTERRUPTED_CANONICAL),
                        org.assertj.core.api.Assertions.tuple("toolcall_10", "Tool 'x' does not exist."));
    }

    @Test
    void rejectsFilesThatAreNotSnapshots() throws IOException {
        assertThatThrownBy(() -> ReplaySnapshot.load(write("- just\n- a list\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a YAML mapping");
        assertThatThrownBy(() -> ReplaySnapshot.load(write("conversations:\n  - messages:\n      - content: x\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no role");
        assertThatThrownBy(() -> ReplaySnapshot.load(directory.resolve("missing.yaml")))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("missing.yaml");
    }

    /** Every recorded request, sent as the CLI would send it, normalises back and gets its recorded answer. */
    @Test
    void everyRecordedRequestOfTheSharedCorpusReplays() throws IOException {
        List<Path> files = corpus();
        Path workDirectory = Files.createDirectories(directory.resolve("work"));
        SnapshotNormalizer normalizer = new SnapshotNormalizer(workDirectory, false, List.of());
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Path file : files) {
            ReplaySnapshot snapshot = ReplaySnapshot.load(file);
            SnapshotMatcher matcher = new SnapshotMatcher(snapshot);
            for (ReplaySnapshot.RecordedError error : snapshot.errors()) {
                requests++;
                Outcome outcome = matcher.match("/chat/completions", normalizer.normalizeRequest(
                        request(error.model(), error.messages(), workDirectory), false), false);
                if (!(outcome instanceof ErrorOutcome)) {
                    failures.add(file + " error: " + outcome);
                }
            }
            for (ReplaySnapshot.Conversation conversation : snapshot.conversations()) {
                List<Message> messages = conversation.messages();
                for (int end = 1; end <= messages.size(); end++) {
                    boolean replyFollows = end < messages.size() && messages.get(end).role().equals("assistant")
                            && !messages.get(end - 1).role().equals("assistant");
                    boolean requestOnly = end == messages.size() && !messages.get(end - 1).role().equals("assistant");
                    if (!replyFollows && !requestOnly) {
                        continue;
                    }
                    requests++;
                    Outcome outcome = matcher.match("/chat/completions", normalizer.normalizeRequest(
                            request("a-model-without-recorded-errors", messages.subList(0, end), workDirectory),
                            false),
                            false);
                    boolean expected = replyFollows ? outcome instanceof ReplyOutcome
                            : outcome instanceof HangOutcome || outcome instanceof ReplyOutcome;
                    if (!expected) {
                        failures.add(file + " at " + end + ": " + outcome);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(requests).isGreaterThan(400);
    }

    private static List<Path> corpus() throws IOException {
        Path snapshots = Path.of(System.getProperty("copilot4j.root", "."))
                .resolve("../shared/snapshots").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(snapshots), "no shared snapshots at " + snapshots);
        try (Stream<Path> paths = Files.walk(snapshots)) {
            List<Path> files = paths.filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
            assertThat(files).hasSizeGreaterThan(350);
            return files;
        }
    }

    /**
     * A raw request the CLI could send for normalised messages: a real system prompt, a datetime block before user
     * text, the work directory and shell names filled in, and tool call ids of its own.
     */
    private static ObjectNode request(String model, List<Message> messages, Path workDirectory) {
        ObjectNode request = JsonNodeFactory.instance.objectNode().put("model", model == null ? "m" : model);
        ArrayNode raw = request.putArray("messages");
        Map<String, String> ids = new HashMap<>();
        for (Message message : messages) {
            ObjectNode json = raw.addObject().put("role", message.role());
            String content = message.content() == null ? null
                    : message.content().replace("${workdir}", workDirectory.toString());
            switch (message.role()) {
                case "system" -> json.put("content", "You are a helpful assistant.");
                case "user" -> json.put("content", content == null ? null
                        : "<current_datetime>2026-01-01T00:00:00Z</current_datetime>\n\n" + content);
                default -> {
                    if (content != null) {
                        json.put("content", content);
                    }
                }
            }
            if (message.toolCallId() != null) {
                json.put("tool_call_id", ids.computeIfAbsent(message.toolCallId(), id -> "tooluse_" + id.hashCode()));
            }
            if (!message.toolCalls().isEmpty()) {
                ArrayNode calls = json.putArray("tool_calls");
                for (ToolCall call : message.toolCalls()) {
                    String name = switch (call.name()) {
                        case "${shell}" -> "bash";
                        case "${read_shell}" -> "read_bash";
                        case "${write_shell}" -> "write_bash";
                        default -> call.name();
                    };
                    calls.addObject().put("id", ids.computeIfAbsent(call.id(), id -> "tooluse_" + id.hashCode()))
                            .put("type", "function").putObject("function").put("name", name)
                            .put("arguments", call.arguments().replace("${workdir}", workDirectory.toString()));
                }
            }
        }
        return request;
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(directory.resolve("snapshot.yaml"), yaml);
    }
}
