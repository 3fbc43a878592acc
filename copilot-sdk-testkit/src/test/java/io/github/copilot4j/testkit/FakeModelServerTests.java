package io.github.copilot4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.copilot4j.internal.wire.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class FakeModelServerTests {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private FakeModelServer server;

    @BeforeEach
    void startServer() {
        server = FakeModelServer.start();
    }

    @AfterEach
    void closeServer() {
        server.close();
    }

    @Test
    void listensOnLoopbackWithOpenAiBaseUrl() {
        assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
        assertThat(server.openAiBaseUrl()).isEqualTo(server.baseUrl() + "/v1");
        assertThat(server.port()).isPositive();
    }

    @Test
    void answersNonStreamingRequestWithChatCompletion() throws Exception {
        server.enqueue(ModelReply.text("Hello there, friend."));

        HttpResponse<String> response = postChat("/v1/chat/completions", chatBody("gpt-4.1", false, "Hi"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        JsonNode body = WireJson.MAPPER.readTree(response.body());
        assertThat(body.path("object").stringValue()).isEqualTo("chat.completion");
        assertThat(body.path("id").stringValue()).startsWith("chatcmpl-");
        assertThat(body.path("model").stringValue()).isEqualTo("gpt-4.1");
        assertThat(body.path("created").asLong()).isGreaterThan(1_600_000_000L);
        JsonNode choice = body.path("choices").path(0);
        assertThat(choice.path("message").path("role").stringValue()).isEqualTo("assistant");
        assertThat(choice.path("message").path("content").stringValue()).isEqualTo("Hello there, friend.");
        assertThat(choice.path("message").has("tool_calls")).isFalse();
        assertThat(choice.path("finish_reason").stringValue()).isEqualTo("stop");
        assertUsage(body.path("usage"));
    }

    @Test
    void streamsTextAsSeveralDeltasThenFinishReasonAndUsage() throws Exception {
        server.enqueue(ModelReply.text("The answer is forty-two, naturally."));
        ObjectNode request = chatBody("claude-sonnet-4.5", true, "Question?");
        request.putObject("stream_options").put("include_usage", true);

        HttpResponse<String> response = postChat("/v1/chat/completions", request);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("text/event-stream");
        List<JsonNode> chunks = sseChunks(response.body());
        List<JsonNode> choiceChunks = chunks.subList(0, chunks.size() - 1);
        StringBuilder text = new StringBuilder();
        for (JsonNode chunk : choiceChunks) {
            assertThat(chunk.path("object").stringValue()).isEqualTo("chat.completion.chunk");
            assertThat(chunk.path("model").stringValue()).isEqualTo("claude-sonnet-4.5");
            assertThat(chunk.path("id").stringValue()).isEqualTo(chunks.get(0).path("id").stringValue());
            text.append(chunk.path("choices").path(0).path("delta").path("content").asString(""));
        }
        assertThat(text).hasToString("The answer is forty-two, naturally.");
        long contentChunks = choiceChunks.stream()
                .filter(chunk -> chunk.path("choices").path(0).path("delta").has("content"))
                .count();
        assertThat(contentChunks).isGreaterThan(2);
        assertThat(choiceChunks.get(0).path("choices").path(0).path("delta").path("role").stringValue())
                .isEqualTo("assistant");
        for (JsonNode chunk : choiceChunks.subList(0, choiceChunks.size() - 1)) {
            assertThat(chunk.path("choices").path(0).path("finish_reason").isNull()).isTrue();
        }
        JsonNode last = choiceChunks.get(choiceChunks.size() - 1);
        assertThat(last.path("choices").path(0).path("finish_reason").stringValue()).isEqualTo("stop");
        JsonNode usageChunk = chunks.get(chunks.size() - 1);
        assertThat(usageChunk.path("choices").isEmpty()).isTrue();
        assertUsage(usageChunk.path("usage"));
    }

    @Test
    void streamsToolCallsWhoseArgumentChunksReassemble() throws Exception {
        String firstArguments = "{\"command\":\"echo hello-from-tool\",\"description\":\"Echo a greeting\"}";
        String secondArguments = "{\"path\":\"/tmp/\\u00e9t\\u00e9.txt\"}";
        server.enqueue(ModelReply.toolCalls(new ModelReply.ToolCall("bash", firstArguments),
                new ModelReply.ToolCall("view", secondArguments)));

        HttpResponse<String> response = postChat("/v1/chat/completions", chatBody("gpt-4.1", true, "Run it"));

        List<JsonNode> chunks = sseChunks(response.body());
        Map<Integer, String> ids = new LinkedHashMap<>();
        Map<Integer, String> names = new LinkedHashMap<>();
        Map<Integer, StringBuilder> arguments = new LinkedHashMap<>();
        for (JsonNode chunk : chunks) {
            for (JsonNode call : chunk.path("choices").path(0).path("delta").path("tool_calls").values()) {
                int index = call.path("index").asInt();
                if (call.has("id")) {
                    ids.put(index, call.path("id").stringValue());
                    names.put(index, call.path("function").path("name").stringValue());
                }
                arguments.computeIfAbsent(index, i -> new StringBuilder())
                        .append(call.path("function").path("arguments").asString(""));
            }
        }
        assertThat(names).containsExactly(Map.entry(0, "bash"), Map.entry(1, "view"));
        assertThat(ids.values()).allMatch(id -> id.matches("call_\\d+")).doesNotHaveDuplicates();
        assertThat(arguments.get(0)).hasToString(firstArguments);
        assertThat(arguments.get(1)).hasToString(secondArguments);
        assertThat(chunks).hasSizeGreaterThan(6);
        JsonNode last = chunks.get(chunks.size() - 1);
        assertThat(last.path("choices").path(0).path("finish_reason").stringValue()).isEqualTo("tool_calls");
        assertThat(last.has("usage")).as("no usage chunk without include_usage").isFalse();
    }

    @Test
    void answersNonStreamingToolCallWithIdsUniqueAcrossRequestsAndResets() throws Exception {
        ModelReply reply = ModelReply.toolCall("encrypt_string", "{\"input\":\"Hello\"}");
        server.enqueue(reply, reply);

        JsonNode first = WireJson.MAPPER.readTree(postChat("/v1/chat/completions", chatBody("m", false, "a")).body());
        server.reset();
        server.enqueue(reply);
        JsonNode second = WireJson.MAPPER.readTree(postChat("/v1/chat/completions", chatBody("m", false, "b")).body());

        JsonNode message = first.path("choices").path(0).path("message");
        assertThat(message.path("content").isNull()).isTrue();
        JsonNode call = message.path("tool_calls").path(0);
        assertThat(call.path("type").stringValue()).isEqualTo("function");
        assertThat(call.path("function").path("name").stringValue()).isEqualTo("encrypt_string");
        assertThat(call.path("function").path("arguments").stringValue()).isEqualTo("{\"input\":\"Hello\"}");
        assertThat(first.path("choices").path(0).path("finish_reason").stringValue()).isEqualTo("tool_calls");
        String secondId = second.path("choices").path(0).path("message").path("tool_calls").path(0).path("id")
                .stringValue();
        assertThat(call.path("id").stringValue()).matches("call_\\d+").isNotEqualTo(secondId);
    }

    @Test
    void answersHttpErrorWithOpenAiBodyAndRetryAfter() throws Exception {
        server.enqueue(ModelReply.httpError(429, "You've reached your weekly rate limit.")
                        .withRetryAfter(Duration.ofMillis(1500))
                        .withErrorCode("user_weekly_rate_limited"),
                ModelReply.httpError(500, "boom"));

        HttpResponse<String> limited = postChat("/v1/chat/completions", chatBody("m", true, "x"));
        HttpResponse<String> failed = postChat("/v1/chat/completions", chatBody("m", false, "x"));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("retry-after")).hasValue("2");
        assertThat(limited.headers().firstValue("content-type")).hasValue("application/json");
        JsonNode error = WireJson.MAPPER.readTree(limited.body()).path("error");
        assertThat(error.path("message").stringValue()).isEqualTo("You've reached your weekly rate limit.");
        assertThat(error.path("type").stringValue()).isEqualTo("user_weekly_rate_limited");
        assertThat(error.path("code").stringValue()).isEqualTo("user_weekly_rate_limited");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.headers().firstValue("retry-after")).isEmpty();
        assertThat(WireJson.MAPPER.readTree(failed.body()).path("error").path("code").stringValue())
                .isEqualTo("server_error");
    }

    @Test
    void delaysReplyBeforeFirstByte() throws Exception {
        server.enqueue(ModelReply.text("late").delayed(Duration.ofMillis(300)));

        long start = System.nanoTime();
        HttpResponse<String> response = postChat("/v1/chat/completions", chatBody("m", false, "x"));
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
    }

    @Test
    void hangingStreamSendsHeadersOnlyAndCloseEndsConnectionAndThreads() throws Exception {
        server.enqueue(ModelReply.hang());
        HttpResponse<InputStream> response = CLIENT.send(chatRequest("/v1/chat/completions",
                chatBody("m", true, "x")), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("text/event-stream");
        CompletableFuture<String> reading = CompletableFuture.supplyAsync(() -> {
            try (InputStream body = response.body()) {
                return "read " + body.read();
            } catch (IOException e) {
                return "failed";
            }
        });
        Thread.sleep(100);
        assertThat(reading).isNotDone();

        long start = System.nanoTime();
        server.close();

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1000);
        assertThat(reading.get(2, TimeUnit.SECONDS)).isIn("failed", "read -1");
        assertThat(serverThreads()).isEmpty();
    }

    @Test
    void closeEndsNonStreamingHangAndDelayedReply() throws Exception {
        server.enqueue(ModelReply.hang(), ModelReply.text("never").delayed(Duration.ofSeconds(30)));
        CompletableFuture<HttpResponse<String>> hanging = CLIENT.sendAsync(
                chatRequest("/v1/chat/completions", chatBody("m", false, "x")), HttpResponse.BodyHandlers.ofString());
        CompletableFuture<HttpResponse<String>> delayed = CLIENT.sendAsync(
                chatRequest("/v1/chat/completions", chatBody("m", false, "y")), HttpResponse.BodyHandlers.ofString());
        server.awaitChatRequests(2, Duration.ofSeconds(2));

        server.close();

        assertThatThrownBy(() -> hanging.get(2, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class);
        assertThatThrownBy(() -> delayed.get(2, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class);
        assertThat(serverThreads()).isEmpty();
    }

    @Test
    void resetDropsTheConnectionWithoutAResponseAndIsRecorded() {
        server.enqueue(ModelReply.reset());

        assertThatThrownBy(() -> CLIENT.send(chatRequest("/v1/chat/completions", chatBody("m", false, "x")),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        assertThat(server.chatRequests()).singleElement()
                .satisfies(request -> assertThat(request.lastUserMessage()).isEqualTo("x"));
    }

    @Test
    void aTruncatedStreamSendsTheFirstDeltasThenDropsTheConnectionWithoutFinishing() throws Exception {
        server.enqueue(ModelReply.truncated("The answer is two, as one plus one makes two."));
        HttpResponse<InputStream> response = CLIENT.send(chatRequest("/v1/chat/completions",
                chatBody("m", true, "x")), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();

        assertThatThrownBy(() -> response.body().transferTo(received)).isInstanceOf(IOException.class);

        String stream = received.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(stream).startsWith("data: ").contains("\"content\":\"The \"")
                .doesNotContain("finish_reason\":\"stop").doesNotContain("[DONE]").doesNotContain("makes two");
    }

    @Test
    void aTruncatedJsonReplyEndsBeforeItsContentLength() {
        server.enqueue(ModelReply.truncated("The answer is two."));

        assertThatThrownBy(() -> CLIENT.send(chatRequest("/v1/chat/completions", chatBody("m", false, "x")),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ModelReply.truncated("x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two characters");
    }

    @Test
    void recordsRequestsWithHeadersBodiesAndParsedMessages() throws Exception {
        ObjectNode body = WireJson.object().put("model", "gpt-4.1").put("stream", true);
        var messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", "You are helpful.");
        ObjectNode user = messages.addObject().put("role", "user");
        var parts = user.putArray("content");
        parts.addObject().put("type", "text").put("text", "<current_datetime>2026-11-26T12:43:31Z</current_datetime>");
        parts.addObject().put("type", "image_url").putObject("image_url").put("url", "data:x");
        parts.addObject().put("type", "text").put("text", "Look <reminder>be brief\n</reminder> here ");
        ObjectNode assistant = messages.addObject().put("role", "assistant");
        assistant.putNull("content");
        assistant.putArray("tool_calls").addObject().put("id", "call_9").put("type", "function")
                .putObject("function").put("name", "view").put("arguments", "{\"path\":\"a\"}");
        messages.addObject().put("role", "tool").put("tool_call_id", "call_9").put("content", "file text");
        body.putArray("tools").addObject().put("type", "function").putObject("function").put("name", "view");

        HttpRequest request = HttpRequest.newBuilder(URI.create(server.openAiBaseUrl() + "/chat/completions"))
                .header("Authorization", "Bearer secret-token")
                .header("X-Initiator", "user")
                .POST(HttpRequest.BodyPublishers.ofString(WireJson.MAPPER.writeValueAsString(body)))
                .build();
        CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        get("/models");

        List<RecordedRequest> requests = server.requests();
        assertThat(requests).extracting(RecordedRequest::method, RecordedRequest::path)
                .containsExactly(tuple("POST", "/v1/chat/completions"),
                        tuple("GET", "/models"));
        RecordedRequest chatHttp = requests.get(0);
        assertThat(chatHttp.header("authorization")).isEqualTo("Bearer secret-token");
        assertThat(chatHttp.headers().get("x-initiator")).containsExactly("user");
        assertThat(chatHttp.header("x-missing")).isNull();
        assertThat(chatHttp.json()).isEqualTo(body);
        assertThat(chatHttp.body()).contains("\"gpt-4.1\"");
        assertThat(chatHttp.toString()).doesNotContain("secret-token");
        assertThat(requests.get(1).json()).isNull();

        ModelRequest chat = server.chatRequests().get(0);
        assertThat(chat.model()).isEqualTo("gpt-4.1");
        assertThat(chat.stream()).isTrue();
        assertThat(chat.toolNames()).containsExactly("view");
        assertThat(chat.httpRequest()).isSameAs(chatHttp);
        assertThat(chat.messages()).containsExactly(
                new ModelMessage("system", "You are helpful.", List.of(), null),
                new ModelMessage("user",
                        "<current_datetime>2026-11-26T12:43:31Z</current_datetime>\n"
                                + "Look <reminder>be brief\n</reminder> here ",
                        List.of(), null),
                new ModelMessage("assistant", "", List.of(new ModelMessage.ToolCall("call_9", "view",
                        "{\"path\":\"a\"}")), null),
                new ModelMessage("tool", "file text", List.of(), "call_9"));
        assertThat(chat.lastUserMessage()).isEqualTo("Look  here");
        ((ObjectNode) chat.json()).put("extra", 1);
        assertThat(chat.json().has("extra")).as("json() returns a copy").isFalse();

        get("/other");
        assertThat(requests).as("snapshot").hasSize(2);
        assertThat(server.requests()).hasSize(3);
        assertThatThrownBy(() -> requests.add(chatHttp)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void awaitChatRequestsWaitsForLateRequestsAndFailsNamingCountAndTimeout() throws Exception {
        CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(150);
                postChat("/v1/chat/completions", chatBody("m", false, "late"));
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });

        List<ModelRequest> arrived = server.awaitChatRequests(1, Duration.ofSeconds(3));

        assertThat(arrived).singleElement().extracting(ModelRequest::lastUserMessage).isEqualTo("late");
        assertThatThrownBy(() -> server.awaitChatRequests(2, Duration.ofMillis(200)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("at least 2")
                .hasMessageContaining("200 ms")
                .hasMessageContaining("got 1");
    }

    @Test
    void servesCapiEndpointsAnd404sOtherwise() throws Exception {
        HttpResponse<String> models = get("/models");
        HttpResponse<String> user = get("/copilot_internal/user");
        HttpResponse<String> chat = postChat("/chat/completions", chatBody("claude-sonnet-4.5", false, "1+1"));

        assertThat(models.statusCode()).isEqualTo(200);
        assertThat(WireJson.MAPPER.readTree(models.body())).isEqualTo(WireJson.MAPPER.readTree(
                "{\"data\":[{\"id\":\"claude-sonnet-4.5\",\"name\":\"claude-sonnet-4.5\",\"capabilities\":"
                        + "{\"supports\":{\"vision\":true},\"limits\":{\"max_context_window_tokens\":128000}}}]}"));
        JsonNode userBody = WireJson.MAPPER.readTree(user.body());
        assertThat(userBody.path("copilot_plan").stringValue()).isEqualTo("individual_pro");
        assertThat(userBody.path("is_mcp_enabled").asBoolean()).isTrue();
        assertThat(userBody.path("endpoints").path("api").stringValue()).isEqualTo(server.baseUrl());
        assertThat(userBody.path("endpoints").has("telemetry")).isFalse();
        assertThat(chat.statusCode()).isEqualTo(200);
        for (String path : List.of("/copilot_internal/team_customizations", "/v1/models", "/")) {
            HttpResponse<String> missing = get(path);
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.body()).isEqualTo("{\"error\":\"not found\"}");
        }
        HttpResponse<String> mcp = CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/mcp/readonly"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(mcp.statusCode()).isEqualTo(404);
        assertThat(get("/v1/chat/completions").statusCode()).as("GET on the chat path").isEqualTo(404);
    }

    @Test
    void recordsThePathAndQuerySeparately() throws Exception {
        postChat("/openai/deployments/gpt-4.1/chat/completions?api-version=2024-10-21",
                chatBody("gpt-4.1", false, "1+1"));
        get("/models");

        assertThat(server.requests()).extracting(RecordedRequest::path, RecordedRequest::query).containsExactly(
                tuple("/openai/deployments/gpt-4.1/chat/completions", "api-version=2024-10-21"),
                tuple("/models", null));
    }

    @Test
    void listsConfiguredModels() throws Exception {
        try (FakeModelServer custom = FakeModelServer.builder().models("gpt-4.1", "auto").maxThreads(2).start()) {
            HttpResponse<String> models = CLIENT.send(HttpRequest.newBuilder(URI.create(custom.baseUrl() + "/models"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(WireJson.MAPPER.readTree(models.body()).path("data").values())
                    .extracting(model -> model.path("id").stringValue())
                    .containsExactly("gpt-4.1", "auto");
            assertThat(custom.models()).containsExactly("gpt-4.1", "auto");
        }
    }

    @Test
    void defaultResponderAnswersTwoForOnePlusOneElseOk() throws Exception {
        String arithmetic = "<current_datetime>2026-11-26T12:43:31.661+00:00</current_datetime>\n\nWhat is 1 + 1?";

        assertThat(replyText(chatBody("m", false, arithmetic))).isEqualTo("2");
        assertThat(replyText(chatBody("m", false, "Say hello"))).isEqualTo("OK");
    }

    @Test
    void queuedRepliesComeFirstThenResponderAndResetRestoresDefault() throws Exception {
        server.respondWith(request -> ModelReply.text("echo: " + request.lastUserMessage()));
        server.enqueue(ModelReply.text("first"));
        assertThat(server.queuedReplies()).isEqualTo(1);

        assertThat(replyText(chatBody("m", false, "a"))).isEqualTo("first");
        assertThat(replyText(chatBody("m", false, "b"))).isEqualTo("echo: b");
        assertThat(server.queuedReplies()).isZero();

        server.enqueue(ModelReply.text("dropped"));
        server.reset();
        assertThat(server.requests()).isEmpty();
        assertThat(server.chatRequests()).isEmpty();
        assertThat(server.queuedReplies()).isZero();
        assertThat(replyText(chatBody("m", false, "c"))).isEqualTo("OK");
    }

    @Test
    void failingResponderAndNonJsonBodyAnswer400() throws Exception {
        server.respondWith(request -> {
            throw new IllegalStateException("no reply scripted");
        });

        HttpResponse<String> failed = postChat("/v1/chat/completions", chatBody("m", false, "x"));
        HttpResponse<String> notJson = CLIENT.send(chatRequestRaw("/v1/chat/completions", "not json"),
                HttpResponse.BodyHandlers.ofString());

        assertThat(failed.statusCode()).isEqualTo(400);
        assertThat(WireJson.MAPPER.readTree(failed.body()).path("error").path("message").stringValue())
                .contains("no reply scripted");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(server.requests()).hasSize(2);
        assertThat(server.chatRequests()).hasSize(1);
    }

    @Test
    void rejectsInvalidReplies() {
        assertThatThrownBy(() -> ModelReply.toolCall("bash", "[1]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("argumentsJson");
        assertThatThrownBy(() -> ModelReply.toolCall(" ", "{}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(ModelReply::toolCalls).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelReply.httpError(200, "fine"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
        assertThatThrownBy(() -> ModelReply.text("x").delayed(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delay");
        assertThatThrownBy(() -> FakeModelServer.builder().models())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("models");
        assertThatThrownBy(() -> FakeModelServer.builder().maxThreads(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxThreads");
    }

    private List<Thread> serverThreads() {
        String prefix = "fake-model-server-" + server.port() + "-";
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(prefix) && thread.isAlive())
                .toList();
    }

    private String replyText(ObjectNode body) throws Exception {
        HttpResponse<String> response = postChat("/v1/chat/completions", body);
        return WireJson.MAPPER.readTree(response.body()).path("choices").path(0).path("message").path("content")
                .stringValue();
    }

    private static void assertUsage(JsonNode usage) {
        int prompt = usage.path("prompt_tokens").asInt();
        int completion = usage.path("completion_tokens").asInt();
        assertThat(prompt).isPositive();
        assertThat(completion).isPositive();
        assertThat(usage.path("total_tokens").asInt()).isEqualTo(prompt + completion);
    }

    private static ObjectNode chatBody(String model, boolean stream, String userMessage) {
        ObjectNode body = WireJson.object().put("model", model);
        if (stream) {
            body.put("stream", true);
        }
        body.putArray("messages").addObject().put("role", "user").put("content", userMessage);
        return body;
    }

    private static List<JsonNode> sseChunks(String body) {
        assertThat(body).endsWith("data: [DONE]\n\n");
        List<JsonNode> chunks = new ArrayList<>();
        for (String event : body.substring(0, body.length() - "data: [DONE]\n\n".length()).split("\n\n")) {
            assertThat(event).startsWith("data: ");
            chunks.add(WireJson.MAPPER.readTree(event.substring("data: ".length())));
        }
        return chunks;
    }

    private HttpResponse<String> postChat(String path, ObjectNode body) throws Exception {
        return CLIENT.send(chatRequest(path, body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest chatRequest(String path, ObjectNode body) {
        return chatRequestRaw(path, WireJson.MAPPER.writeValueAsString(body));
    }

    private HttpRequest chatRequestRaw(String path, String body) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
