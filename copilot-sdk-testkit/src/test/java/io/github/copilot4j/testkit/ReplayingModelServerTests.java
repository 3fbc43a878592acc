package io.github.copilot4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.internal.wire.WireJson;
import io.github.copilot4j.testkit.ReplaySnapshot.Message;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class ReplayingModelServerTests {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private static final String CONVERSATIONS = """
            models:
              - claude-sonnet-4.5
              - gpt-4.1
            errors:
              - model: claude-sonnet-4.5
                status: 429
                code: user_weekly_rate_limited
                message: You've reached your weekly rate limit.
                retryAfterSeconds: 7
                messages:
                  - role: system
                    content: ${system}
                  - role: user
                    content: Rate limit me.
            conversations:
              - messages:
                  - role: system
                    content: ${system}
                  - role: user
                    content: What is 1+1?
                  - role: assistant
                    content: 1+1 = 2
                  - role: user
                    content: Now double it.
                  - role: assistant
                    content: It is 4.
              - messages:
                  - role: system
                    content: ${system}
                  - role: user
                    content: What is 1+1?
                  - role: assistant
                    content: A second recording that never wins.
              - messages:
                  - role: system
                    content: ${system}
                  - role: user
                    content: List ${workdir}
                  - role: assistant
                    content: Listing.
                  - role: assistant
                    tool_calls:
                      - id: toolcall_0
                        type: function
                        function:
                          name: ${shell}
                          arguments: '{"command":"ls ${workdir}"}'
                  - role: tool
                    tool_call_id: toolcall_0
                    content: a.txt
                  - role: assistant
                    content: There is a.txt.
              - messages:
                  - role: system
                    content: ${system}
                  - role: user
                    content: Rate limit me.
                  - role: assistant
                    content: Not for this model.
              - messages:
                  - role: system
                    content: ${system}
                  - role: user
                    content: Never answered.
            """;

    @TempDir
    Path directory;

    private ReplayingModelServer server;

    @AfterEach
    void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void servesTheCopilotApiTheCliNeeds() throws Exception {
        start(CONVERSATIONS);

        HttpResponse<String> models = get("/models");
        assertThat(json(models.body()).path("data").values()).extracting(model -> model.path("id").asString())
                .containsExactly("claude-sonnet-4.5", "gpt-4.1");
        assertThat(json(get("/copilot_internal/user").body()).path("endpoints").path("api").asString())
                .isEqualTo(server.baseUrl());
        JsonNode initialize = json(post("/mcp", """
                {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18"}}""").body());
        assertThat(initialize.path("result").path("protocolVersion").asString()).isEqualTo("2025-06-18");
        assertThat(initialize.path("result").path("serverInfo").path("name").asString()).isEqualTo("e2e-github-mcp");
        assertThat(json(post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}").body())
                .path("result").path("tools").isEmpty()).isTrue();
        assertThat(post("/mcp", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").statusCode())
                .isEqualTo(202);
        assertThat(json(get("/agents/a/memory/r/enabled").body()).path("enabled").asBoolean(true)).isFalse();
        assertThat(json(get("/agents/a/memory/r/recent").body()).path("memories").isArray()).isTrue();
        HttpResponse<String> unknown = get("/mcp/readonly");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("x-github-request-id")).hasValue("proxy-not-found");
        assertThat(json(unknown.body()).path("error").asString()).isEqualTo("Not found by test proxy");
        assertThat(server.requests()).extracting(RecordedRequest::path).startsWith("/models", "/copilot_internal/user");
        assertThat(server.mismatches()).isEmpty();
    }

    @Test
    void answersEachTurnOfAConversationWithItsRecordedReply() throws Exception {
        start(CONVERSATIONS);

        JsonNode first = json(chat("claude-sonnet-4.5", false,
                "<current_datetime>now</current_datetime>\n\nWhat is 1+1?").body());
        HttpResponse<String> second = chat("claude-sonnet-4.5", false, "What is 1+1?", "1+1 = 2", "Now double it.");

        assertThat(first.path("id").asString()).isEqualTo("cached-completion");
        assertThat(first.path("object").asString()).isEqualTo("chat.completion");
        assertThat(first.path("model").asString()).isEqualTo("claude-sonnet-4.5");
        JsonNode choice = first.path("choices").path(0);
        assertThat(choice.path("message").path("content").asString()).isEqualTo("1+1 = 2");
        assertThat(choice.path("message").path("refusal").isNull()).isTrue();
        assertThat(choice.path("message").has("tool_calls")).isFalse();
        assertThat(choice.path("finish_reason").asString()).isEqualTo("stop");
        assertThat(first.path("usage").path("total_tokens").asInt(-1)).isZero();
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(json(second.body()).path("choices").path(0).path("message").path("content").asString())
                .isEqualTo("It is 4.");
        assertThat(server.chatRequests()).hasSize(2);
    }

    @Test
    void repliesWithEveryConsecutiveAssistantMessageAsAChoiceWithPlaceholdersFilledIn() throws Exception {
        start(CONVERSATIONS);
        Path workDirectory = server.workDirectory();

        JsonNode body = json(chat("claude-sonnet-4.5", false, "List " + workDirectory).body());

        JsonNode choices = body.path("choices");
        assertThat(choices.size()).isEqualTo(2);
        assertThat(choices.path(0).path("message").path("content").asString()).isEqualTo("Listing.");
        JsonNode call = choices.path(1).path("message").path("tool_calls").path(0);
        assertThat(choices.path(1).path("index").asInt()).isEqualTo(1);
        assertThat(choices.path(1).path("message").path("content").isNull()).isTrue();
        assertThat(choices.path(1).path("finish_reason").asString()).isEqualTo("tool_calls");
        assertThat(call.path("id").asString()).isEqualTo("toolcall_0");
        assertThat(call.path("function").path("name").asString()).isEqualTo("bash");
        assertThat(call.path("function").path("arguments").asString())
                .isEqualTo("{\"command\":\"ls " + workDirectory + "\"}");
    }

    @Test
    void theFirstConversationAMatchingPrefixBelongsToWins() throws Exception {
        start(CONVERSATIONS);

        JsonNode body = json(chat("claude-sonnet-4.5", false, "What is 1+1?").body());

        assertThat(body.path("choices").path(0).path("message").path("content").asString()).isEqualTo("1+1 = 2");
    }

    @Test
    void streamsTheFirstReplyInSlicesWhenAsked() throws Exception {
        String longAnswer = "x".repeat(450);
        start("""
                conversations:
                  - messages:
                      - role: system
                        content: ${system}
                      - role: user
                        content: Stream please.
                      - role: assistant
                        content: %s
                        tool_calls:
                          - id: toolcall_0
                            type: function
                            function:
                              name: report
                              arguments: '{"a":1}'
                """.formatted(longAnswer));

        HttpResponse<String> response = chat("gpt-4.1", true, "Stream please.");

        assertThat(response.headers().firstValue("content-type")).hasValue("text/event-stream");
        List<String> events = new ArrayList<>();
        for (String frame : response.body().split("\n\n")) {
            assertThat(frame).startsWith("data: ");
            events.add(frame.substring("data: ".length()));
        }
        assertThat(events.get(events.size() - 1)).isEqualTo("[DONE]");
        List<JsonNode> chunks = events.subList(0, events.size() - 1).stream().map(this::json).toList();
        assertThat(chunks).hasSize(4);
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.path("object").asString()).isEqualTo("chat.completion.chunk");
            assertThat(chunk.path("model").asString()).isEqualTo("gpt-4.1");
            assertThat(chunk.path("choices").path(0).path("delta").path("role").asString()).isEqualTo("assistant");
        });
        assertThat(chunks.subList(0, 3)).extracting(chunk -> chunk.path("choices").path(0).path("delta")
                .path("content").asString().length()).containsExactly(200, 200, 50);
        JsonNode last = chunks.get(3).path("choices").path(0);
        assertThat(last.path("delta").path("tool_calls").path(0).path("function").path("name").asString())
                .isEqualTo("report");
        assertThat(last.path("delta").path("tool_calls").path(0).path("function").path("arguments").asString())
                .isEqualTo("{\"a\":1}");
        assertThat(last.path("finish_reason").asString()).isEqualTo("tool_calls");
        assertThat(chunks.get(0).path("choices").path(0).path("finish_reason").isNull()).isTrue();
    }

    @Test
    void answersARecordedErrorWithItsStatusRetryAfterAndCodeForItsModelOnly() throws Exception {
        start(CONVERSATIONS);

        HttpResponse<String> limited = chat("claude-sonnet-4.5", false, "Rate limit me.");
        HttpResponse<String> otherModel = chat("auto", false, "Rate limit me.");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("retry-after")).hasValue("7");
        JsonNode error = json(limited.body()).path("error");
        assertThat(error.path("message").asString()).isEqualTo("You've reached your weekly rate limit.");
        assertThat(error.path("type").asString()).isEqualTo("user_weekly_rate_limited");
        assertThat(error.path("code").asString()).isEqualTo("user_weekly_rate_limited");
        assertThat(otherModel.statusCode()).isEqualTo(200);
        assertThat(json(otherModel.body()).path("choices").path(0).path("message").path("content").asString())
                .isEqualTo("Not for this model.");
    }

    @Test
    void aRecordingThatEndsWithTheRequestSendsHeadersButNoBodyUntilClosed() throws Exception {
        start(CONVERSATIONS);
        HttpRequest request = chatRequest("/chat/completions", body("claude-sonnet-4.5", false, "Never answered."));

        HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        CompletableFuture<Integer> firstByte = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = response.body()) {
                return in.read();
            } catch (IOException e) {
                return -2;
            }
        });
        assertThat(firstByte).isNotCompleted();
        Thread.sleep(300);
        assertThat(firstByte).isNotCompleted();

        server.close();

        assertThat(firstByte.get(5, TimeUnit.SECONDS)).isNegative();
        assertThat(server.mismatches()).isEmpty();
    }

    @Test
    void loadingAnotherSnapshotSwitchesTheRepliesForgetsThePastAndEndsRepliesThatNeverCome() throws Exception {
        start(CONVERSATIONS);
        HttpResponse<InputStream> hanging = CLIENT.send(
                chatRequest("/chat/completions", body("claude-sonnet-4.5", false, "Never answered.")),
                HttpResponse.BodyHandlers.ofInputStream());
        CompletableFuture<Integer> firstByte = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = hanging.body()) {
                return in.read();
            } catch (IOException e) {
                return -2;
            }
        });
        assertThat(chat("claude-sonnet-4.5", false, "Unrecorded.").statusCode()).isEqualTo(400);
        Path other = Files.writeString(directory.resolve("other.yaml"), """
                models:
                  - gpt-4.1
                conversations:
                  - messages:
                      - role: system
                        content: ${system}
                      - role: user
                        content: Where am I?
                      - role: assistant
                        content: In ${workdir}.
                """);
        Path otherWork = Files.createDirectories(directory.resolve("other-work"));

        server.load(other, otherWork);

        assertThat(firstByte.get(5, TimeUnit.SECONDS)).isNegative();
        assertThat(server.mismatches()).isEmpty();
        assertThat(server.requests()).isEmpty();
        assertThat(server.snapshot().file()).isEqualTo(other);
        assertThat(server.workDirectory()).isEqualTo(otherWork);
        assertThat(json(get("/models").body()).path("data").path(0).path("id").asString()).isEqualTo("gpt-4.1");
        HttpResponse<String> answer = chat("gpt-4.1", false, "Where am I?");
        assertThat(json(answer.body()).path("choices").path(0).path("message").path("content").asString())
                .isEqualTo("In " + otherWork + ".");
        assertThat(chat("claude-sonnet-4.5", false, "What is 1+1?").statusCode()).isEqualTo(400);
        assertThat(server.chatRequests()).hasSize(2);

        server.close();
        assertThatThrownBy(() -> server.load(other, otherWork)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUnrecordedRequestFailsAtOnceWithADiagnosticNamingTheNearestConversation() throws Exception {
        start(CONVERSATIONS);

        HttpResponse<String> response = chat("claude-sonnet-4.5", false, "What is 1+1?", "1+1 = 2", "Now triple it.");

        assertThat(response.statusCode()).isEqualTo(400);
        String message = json(response.body()).path("error").path("message").asString();
        assertThat(message).contains("snapshot.yaml", "conversation 0", "message 3",
                "{\"role\":\"user\",\"content\":\"Now triple it.\"}",
                "{\"role\":\"user\",\"content\":\"Now double it.\"}");
        assertThat(json(response.body()).path("error").path("code").asString()).isEqualTo("replay_mismatch");
        ReplayMismatch mismatch = server.lastMismatch().orElseThrow();
        assertThat(mismatch.summary()).isEqualTo(message);
        assertThat(mismatch.snapshot()).isEqualTo("snapshot.yaml");
        assertThat(mismatch.path()).isEqualTo("/chat/completions");
        assertThat(mismatch.conversation()).isZero();
        assertThat(mismatch.messageIndex()).isEqualTo(3);
        assertThat(mismatch.requestMessage()).isEqualTo(Message.of("user", "Now triple it."));
        assertThat(mismatch.recordedMessage()).isEqualTo(Message.of("user", "Now double it."));
        assertThat(mismatch.request()).hasSize(4);
        assertThat(mismatch.report()).contains("Conversation 0 (5 messages): mismatch at message 3",
                "Conversation 1 (3 messages): request has 4 messages, need fewer than 3.",
                "Conversation 2 (6 messages): mismatch at message 1", "as sent:  {\"role\":\"user\"",
                "Conversation 4 (2 messages): request has 4 messages, need fewer than 2.");
        assertThat(server.mismatches()).containsExactly(mismatch);
        assertThatThrownBy(server::assertNoMismatches).isInstanceOf(AssertionError.class)
                .hasMessageContaining("1 model request(s) matched nothing").hasMessageContaining(mismatch.report());
    }

    @Test
    void aRequestRunningPastTheRecordingIsDiagnosedAsSuch() throws Exception {
        start(CONVERSATIONS);

        HttpResponse<String> response = chat("claude-sonnet-4.5", false, "What is 1+1?", "1+1 = 2", "Now double it.",
                "It is 4.", "And again?");

        assertThat(response.statusCode()).isEqualTo(400);
        ReplayMismatch mismatch = server.lastMismatch().orElseThrow();
        assertThat(mismatch.conversation()).isZero();
        assertThat(mismatch.messageIndex()).isEqualTo(5);
        assertThat(mismatch.recordedMessage()).isNull();
        assertThat(mismatch.summary()).contains("runs past", "And again?");
    }

    @Test
    void anUnreadableRequestIsAMismatchToo() throws Exception {
        start(CONVERSATIONS);

        HttpResponse<String> response = post("/chat/completions", "{\"messages\":[]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(server.lastMismatch().orElseThrow().summary()).contains("names no model");
        assertThat(server.lastMismatch().orElseThrow().conversation()).isEqualTo(-1);
    }

    @Test
    void bringYourOwnKeyRequestsHaveAdjacentUserMessagesMerged() throws Exception {
        start("""
                conversations:
                  - messages:
                      - role: system
                        content: ${system}
                      - role: user
                        content: Context
                      - role: user
                        content: Question
                      - role: assistant
                        content: Answer
                """);

        HttpResponse<String> byok = chatAt("/v1/chat/completions", body("gpt-4.1", false, "Context\n\n\nQuestion"));
        HttpResponse<String> capi = chatAt("/chat/completions", body("gpt-4.1", false, "Context\n\n\nQuestion"));

        assertThat(byok.statusCode()).isEqualTo(200);
        assertThat(json(byok.body()).path("choices").path(0).path("message").path("content").asString())
                .isEqualTo("Answer");
        assertThat(capi.statusCode()).isEqualTo(400);
    }

    @Test
    void extraToolResultNormalisersBridgeChangedToolOutput() throws Exception {
        Path snapshot = Files.writeString(directory.resolve("snapshot.yaml"), """
                conversations:
                  - messages:
                      - role: assistant
                        tool_calls:
                          - id: toolcall_0
                            type: function
                            function:
                              name: view
                              arguments: '{}'
                      - role: tool
                        tool_call_id: toolcall_0
                        content: 1. Hello
                      - role: assistant
                        content: Seen.
                """);
        server = ReplayingModelServer.builder(snapshot).workDirectory(directory)
                .normalizeToolResults("view", result -> "1. " + result).start();
        ObjectNode body = WireJson.object().put("model", "m");
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "assistant").putArray("tool_calls").addObject().put("id", "x")
                .put("type", "function").putObject("function").put("name", "view").put("arguments", "{}");
        messages.addObject().put("role", "tool").put("tool_call_id", "x").put("content", "Hello");

        HttpResponse<String> response = chatAt("/chat/completions", body);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void validatesItsOptions() throws Exception {
        Path snapshot = Files.writeString(directory.resolve("snapshot.yaml"), CONVERSATIONS);

        assertThatThrownBy(() -> ReplayingModelServer.builder(snapshot).start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workDirectory");
        assertThatThrownBy(() -> ReplayingModelServer.builder(snapshot).maxThreads(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxThreads");
        assertThatThrownBy(() -> ReplayingModelServer.builder(snapshot).normalizeToolResults(" ", result -> result))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("toolName");
        assertThatThrownBy(() -> ReplayingModelServer.start(directory.resolve("absent.yaml"), directory))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("absent.yaml");
    }

    @Test
    void listensOnLoopbackAndClosesIdempotently() throws Exception {
        start(CONVERSATIONS);

        assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
        assertThat(server.openAiBaseUrl()).isEqualTo(server.baseUrl() + "/v1");
        assertThat(server.snapshot().conversations()).hasSize(5);
        assertThat(server.toString()).contains("snapshot.yaml");
        server.close();
        server.close();
        assertThatThrownBy(() -> get("/models")).isInstanceOf(IOException.class);
    }

    private void start(String yaml) throws IOException {
        Path snapshot = Files.writeString(directory.resolve("snapshot.yaml"), yaml);
        Path workDirectory = Files.createDirectories(directory.resolve("work"));
        server = ReplayingModelServer.start(snapshot, workDirectory);
    }

    /** A chat request alternating user and assistant messages, after a system prompt. */
    private HttpResponse<String> chat(String model, boolean stream, String... turns) throws Exception {
        return chatAt("/chat/completions", body(model, stream, turns));
    }

    private static ObjectNode body(String model, boolean stream, String... turns) {
        ObjectNode body = WireJson.object().put("model", model);
        if (stream) {
            body.put("stream", true);
        }
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", "You are helpful.");
        for (int i = 0; i < turns.length; i++) {
            messages.addObject().put("role", i % 2 == 0 ? "user" : "assistant").put("content", turns[i]);
        }
        return body;
    }

    private HttpResponse<String> chatAt(String path, ObjectNode body) throws Exception {
        return CLIENT.send(chatRequest(path, body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest chatRequest(String path, ObjectNode body) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String text) {
        return WireJson.MAPPER.readTree(text);
    }
}
