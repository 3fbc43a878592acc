package io.github.copilot4j.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.copilot4j.internal.wire.WireJson;
import io.github.copilot4j.testkit.ReplaySnapshot.Message;
import io.github.copilot4j.testkit.ReplaySnapshot.RecordedError;
import io.github.copilot4j.testkit.ReplaySnapshot.ToolCall;
import io.github.copilot4j.testkit.SnapshotMatcher.ErrorOutcome;
import io.github.copilot4j.testkit.SnapshotMatcher.HangOutcome;
import io.github.copilot4j.testkit.SnapshotMatcher.MismatchOutcome;
import io.github.copilot4j.testkit.SnapshotMatcher.Outcome;
import io.github.copilot4j.testkit.SnapshotMatcher.ReplyOutcome;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A model server that replays a {@link ReplaySnapshot} — a recorded conversation of the official Copilot SDKs'
 * end-to-end suite — to the real Copilot CLI, so a scenario recorded there runs here offline and deterministically.
 *
 * <p>It listens on {@code 127.0.0.1} and serves what the CLI needs of the Copilot API:
 * <ul>
 *   <li>{@code POST /chat/completions} (Copilot API mode) and {@code POST <prefix>/chat/completions} such as
 *       {@code /v1/chat/completions} (a BYOK OpenAI provider at {@link #openAiBaseUrl()}, adjacent user messages
 *       merged before matching): the request is normalised like the recordings and answered by the first
 *       recorded error whose messages equal it, else by the assistant messages that follow it in the first
 *       conversation it is a strict prefix of (one choice each; streamed when the request asks), else, when a
 *       conversation ends exactly with it, by response headers and a body that never comes (until {@link #close()}
 *       or {@link #load(Path, Path)});
 *       anything else is answered at once with HTTP 400 naming the nearest conversation and the first differing
 *       message (see {@link #lastMismatch()});</li>
 *   <li>{@code GET /models}: the snapshot's models; {@code /copilot_internal/user}: a user whose API is this server;
 *       {@code /mcp}: an MCP server without tools; {@code /agents/.../memory/...}: memory disabled and empty;</li>
 *   <li>anything else: {@code 404 {"error":"Not found by test proxy"}}.</li>
 * </ul>
 * <pre>{@code
 * try (CopilotTestEnvironment environment = CopilotTestEnvironment.builder().replay(snapshotFile).build()) {
 *     CopilotClient client = environment.startClient();
 *     // ... send the snapshot's prompts ...
 *     environment.replayingModelServer().assertNoMismatches();
 * }
 * }</pre>
 *
 * <p>The server is thread-safe; {@link #close()} drops all connections at once.
 */
public final class ReplayingModelServer implements ModelServer {

    private static final Logger log = LoggerFactory.getLogger(ReplayingModelServer.class);
    private static final Pattern MEMORY_PATH = Pattern.compile("/agents/.*/memory/.*");
    private static final String CHAT_COMPLETIONS = "/chat/completions";
    private static final String REQUEST_ID_HEADER = "x-github-request-id";
    /** Characters of content or arguments per streamed chunk. */
    private static final int STREAM_SLICE_LENGTH = 200;

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final String baseUrl;
    private final List<SnapshotNormalizer.ToolResultNormalizer> toolResultNormalizers;
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile Replay replay;

    private final Object lock = new Object();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final List<ModelRequest> chatRequests = new ArrayList<>();
    private final List<ReplayMismatch> mismatches = new ArrayList<>();

    private ReplayingModelServer(Builder builder, Path workDirectory) throws IOException {
        this.toolResultNormalizers = List.copyOf(builder.toolResultNormalizers);
        this.replay = replay(builder.snapshotFile, workDirectory);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int port = server.getAddress().getPort();
        this.baseUrl = "http://127.0.0.1:" + port;
        this.executor = ModelServerHttp.executor("replaying-model-server", port, builder.maxThreads);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        log.debug("Replaying {} on {}", replay.snapshot.file(), baseUrl);
    }

    private Replay replay(Path snapshotFile, Path workDirectory) {
        ReplaySnapshot snapshot = ReplaySnapshot.load(snapshotFile);
        SnapshotNormalizer normalizer = new SnapshotNormalizer(workDirectory,
                System.getProperty("os.name", "").startsWith("Windows"), toolResultNormalizers);
        return new Replay(snapshot, normalizer, new SnapshotMatcher(snapshot), workDirectory, new CountDownLatch(1));
    }

    /**
     * Switches to replaying {@code snapshotFile} to a CLI running in {@code workDirectory}, so one server (and the
     * CLI talking to it) can serve one recording after another. Forgets the requests and mismatches seen so far and
     * ends the replies that never come of the previous snapshot (their clients see the connection end). The tool
     * result normalisers of the builder stay in effect.
     *
     * @throws IllegalArgumentException if the file is not a snapshot
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalStateException if the server is closed
     */
    public void load(Path snapshotFile, Path workDirectory) {
        Objects.requireNonNull(snapshotFile, "snapshotFile");
        Objects.requireNonNull(workDirectory, "workDirectory");
        if (closing.get()) {
            throw new IllegalStateException("The replaying model server is closed");
        }
        Replay next = replay(snapshotFile, workDirectory);
        Replay previous;
        synchronized (lock) {
            previous = replay;
            replay = next;
            requests.clear();
            chatRequests.clear();
            mismatches.clear();
        }
        previous.released.countDown();
        log.debug("Replaying {} on {}", snapshotFile, baseUrl);
    }

    /**
     * Starts a server replaying {@code snapshotFile} to a CLI running in {@code workDirectory}.
     *
     * @throws IllegalArgumentException if the file is not a snapshot
     * @throws UncheckedIOException if the file cannot be read or the server cannot listen
     */
    public static ReplayingModelServer start(Path snapshotFile, Path workDirectory) {
        return builder(snapshotFile).workDirectory(workDirectory).start();
    }

    /** A builder for a server replaying {@code snapshotFile}. */
    public static Builder builder(Path snapshotFile) {
        return new Builder(Objects.requireNonNull(snapshotFile, "snapshotFile"));
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public String openAiBaseUrl() {
        return baseUrl + "/v1";
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The snapshot being replayed. */
    public ReplaySnapshot snapshot() {
        return replay.snapshot;
    }

    /** The CLI's work directory, which recordings spell {@code ${workdir}}. */
    public Path workDirectory() {
        return replay.workDirectory;
    }

    @Override
    public List<RecordedRequest> requests() {
        synchronized (lock) {
            return List.copyOf(requests);
        }
    }

    /** The chat completions requests received so far, in arrival order. */
    public List<ModelRequest> chatRequests() {
        synchronized (lock) {
            return List.copyOf(chatRequests);
        }
    }

    /** Every model request that matched nothing, in arrival order. */
    public List<ReplayMismatch> mismatches() {
        synchronized (lock) {
            return List.copyOf(mismatches);
        }
    }

    /** The latest model request that matched nothing, if any. */
    public Optional<ReplayMismatch> lastMismatch() {
        synchronized (lock) {
            return mismatches.isEmpty() ? Optional.empty() : Optional.of(mismatches.get(mismatches.size() - 1));
        }
    }

    /**
     * Fails if any model request matched nothing.
     *
     * @throws AssertionError with the report of every mismatch
     */
    public void assertNoMismatches() {
        List<ReplayMismatch> found = mismatches();
        if (!found.isEmpty()) {
            StringBuilder message = new StringBuilder().append(found.size())
                    .append(" model request(s) matched nothing in ").append(replay.snapshot.file()).append(':');
            for (ReplayMismatch mismatch : found) {
                message.append("\n\n").append(mismatch.report());
            }
            throw new AssertionError(message.toString());
        }
    }

    /**
     * Stops the server at once: drops all connections (clients of replies that never come see the connection
     * end) and releases all threads. Calling it again does nothing.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        replay.released.countDown();
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Replaying model server threads did not end within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.debug("Replaying model server on {} closed", baseUrl);
    }

    @Override
    public String toString() {
        return "ReplayingModelServer[" + baseUrl + ", " + replay.snapshot.file().getFileName() + "]";
    }

    private void handle(HttpExchange exchange) {
        try {
            RecordedRequest request = ModelServerHttp.read(exchange);
            String method = request.method();
            String path = request.path();
            if (method.equals("POST") && path.endsWith(CHAT_COMPLETIONS)) {
                answerChat(exchange, request, !path.equals(CHAT_COMPLETIONS));
                return;
            }
            record(request);
            exchange.getResponseHeaders().set(REQUEST_ID_HEADER, "some-request-id");
            if (path.equals("/copilot_internal/user")) {
                ModelServerHttp.sendJson(exchange, 200, ModelServerHttp.copilotUser(baseUrl));
            } else if (path.equals("/models")) {
                ModelServerHttp.sendJson(exchange, 200, ModelServerHttp.modelCatalog(replay.snapshot.models()));
            } else if (path.equals("/mcp")) {
                answerMcp(exchange, request);
            } else if (MEMORY_PATH.matcher(path).matches()) {
                ObjectNode body = WireJson.object();
                if (path.contains("/enabled")) {
                    body.put("enabled", false);
                } else if (path.contains("/recent")) {
                    body.putArray("memories");
                }
                ModelServerHttp.sendJson(exchange, 200, body);
            } else {
                exchange.getResponseHeaders().set(REQUEST_ID_HEADER, "proxy-not-found");
                ModelServerHttp.sendJson(exchange, 404, WireJson.object().put("error", "Not found by test proxy"));
            }
        } catch (IOException e) {
            log.debug("Replaying model server lost a connection: {}", e.toString());
        }
    }

    private void record(RecordedRequest request) {
        synchronized (lock) {
            requests.add(request);
        }
    }

    /** A hermetic GitHub MCP server: initialises, lists no tools and answers every other call with nothing. */
    private static void answerMcp(HttpExchange exchange, RecordedRequest request) throws IOException {
        JsonNode call = request.jsonView();
        if (!request.method().equals("POST") || call == null || !call.has("id")) {
            int status = request.method().equals("POST") ? 202 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        ObjectNode result = WireJson.object();
        String method = call.path("method").asString("");
        if (method.equals("initialize")) {
            JsonNode requested = call.path("params").path("protocolVersion");
            result.put("protocolVersion", requested.isString() ? requested.stringValue() : "2025-03-26");
            result.putObject("capabilities").putObject("tools");
            result.putObject("serverInfo").put("name", "e2e-github-mcp").put("version", "1.0.0");
        } else if (method.equals("tools/list")) {
            result.putArray("tools");
        }
        ObjectNode response = WireJson.object().put("jsonrpc", "2.0");
        response.set("id", call.get("id"));
        response.set("result", result);
        ModelServerHttp.sendJson(exchange, 200, response);
    }

    private void answerChat(HttpExchange exchange, RecordedRequest request, boolean byok) throws IOException {
        Replay current = replay;
        SnapshotNormalizer normalizer = current.normalizer;
        SnapshotMatcher matcher = current.matcher;
        ModelRequest chat = ModelRequest.of(request);
        JsonNode body = request.jsonView();
        SnapshotNormalizer.@Nullable NormalizedRequest normalized = null;
        Outcome outcome;
        if (body == null) {
            outcome = new MismatchOutcome(matcher.unreadable(request.path(), "the request body is not JSON"));
        } else {
            try {
                normalized = normalizer.normalizeRequest(body, byok);
                outcome = matcher.match(request.path(), normalized, byok);
            } catch (IllegalArgumentException e) {
                outcome = new MismatchOutcome(matcher.unreadable(request.path(), e.getMessage()));
            }
        }
        synchronized (lock) {
            requests.add(request);
            if (chat != null) {
                chatRequests.add(chat);
            }
            if (outcome instanceof MismatchOutcome mismatch) {
                mismatches.add(mismatch.mismatch());
            }
        }
        exchange.getResponseHeaders().set(REQUEST_ID_HEADER, "some-request-id");
        boolean stream = normalized != null && normalized.stream();
        if (outcome instanceof ErrorOutcome error) {
            sendRecordedError(exchange, error.error());
        } else if (outcome instanceof ReplyOutcome reply && normalized != null) {
            List<Message> messages = new ArrayList<>();
            for (Message recorded : reply.assistantMessages()) {
                messages.add(normalizer.expandForReply(recorded, normalized.backgroundAgentIds()));
            }
            sendReply(exchange, normalized.model(), messages, stream);
        } else if (outcome instanceof HangOutcome) {
            exchange.getResponseHeaders().set("Content-Type", stream ? "text/event-stream" : "application/json");
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().flush();
            awaitRelease(current);
            exchange.close();
        } else if (outcome instanceof MismatchOutcome mismatch) {
            log.warn("{}", mismatch.mismatch().report());
            ModelServerHttp.sendJson(exchange, 400,
                    ModelServerHttp.errorBody(mismatch.mismatch().summary(), "replay_mismatch"));
        }
    }

    private static void awaitRelease(Replay replay) {
        try {
            replay.released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sendRecordedError(HttpExchange exchange, RecordedError error) throws IOException {
        if (error.retryAfterSeconds() != null) {
            exchange.getResponseHeaders().set("retry-after", error.retryAfterSeconds().toString());
        }
        String code = error.code() != null ? error.code() : "rate_limited";
        String message = error.message() != null ? error.message() : "Rate limited by test snapshot";
        ModelServerHttp.sendJson(exchange, error.status(), ModelServerHttp.errorBody(message, code));
    }

    private static void sendReply(HttpExchange exchange, String model, List<Message> messages, boolean stream)
            throws IOException {
        long created = System.currentTimeMillis() / 1000;
        if (!stream) {
            ObjectNode body = header("chat.completion", model, created);
            ArrayNode choices = body.putArray("choices");
            for (int i = 0; i < messages.size(); i++) {
                Message message = messages.get(i);
                ObjectNode choice = choices.addObject().put("index", i);
                ObjectNode json = choice.putObject("message").put("role", "assistant");
                putNullable(json, "content", message.content());
                putNullable(json, "refusal", message.refusal());
                if (!message.toolCalls().isEmpty()) {
                    ArrayNode calls = json.putArray("tool_calls");
                    for (ToolCall call : message.toolCalls()) {
                        calls.addObject().put("id", call.id()).put("type", "function").putObject("function")
                                .put("name", call.name()).put("arguments", call.arguments());
                    }
                }
                choice.put("finish_reason", finishReason(message));
                choice.putNull("logprobs");
            }
            body.putObject("usage").put("prompt_tokens", 0).put("completion_tokens", 0).put("total_tokens", 0);
            ModelServerHttp.sendJson(exchange, 200, body);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (ObjectNode chunk : chunks(model, created, messages.get(0))) {
                ModelServerHttp.writeEvent(out, WireJson.MAPPER.writeValueAsString(chunk));
            }
            ModelServerHttp.writeEvent(out, "[DONE]");
        }
    }

    /**
     * The stream of the first reply message: its content in slices, then each tool call's arguments in slices (the
     * first naming the tool), the last chunk carrying the finish reason.
     */
    private static List<ObjectNode> chunks(String model, long created, Message message) {
        List<ObjectNode> chunks = new ArrayList<>();
        String content = message.content() == null ? "" : message.content();
        for (String slice : slices(content)) {
            ObjectNode chunk = chunk(model, created);
            delta(chunk).put("content", slice);
            chunks.add(chunk);
        }
        for (int i = 0; i < message.toolCalls().size(); i++) {
            ToolCall call = message.toolCalls().get(i);
            boolean first = true;
            for (String slice : slices(call.arguments())) {
                ObjectNode chunk = chunk(model, created);
                delta(chunk).putArray("tool_calls").addObject().put("index", i).put("id", call.id())
                        .put("type", "function").putObject("function").put("name", first ? call.name() : "")
                        .put("arguments", slice);
                chunks.add(chunk);
                first = false;
            }
        }
        if (chunks.isEmpty()) {
            ObjectNode chunk = chunk(model, created);
            delta(chunk);
            chunks.add(chunk);
        }
        ((ObjectNode) chunks.get(chunks.size() - 1).path("choices").path(0)).put("finish_reason",
                finishReason(message));
        return chunks;
    }

    private static ObjectNode chunk(String model, long created) {
        ObjectNode chunk = header("chat.completion.chunk", model, created);
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.putObject("delta").put("role", "assistant");
        choice.putNull("finish_reason");
        choice.putNull("logprobs");
        return chunk;
    }

    private static ObjectNode delta(ObjectNode chunk) {
        return (ObjectNode) chunk.path("choices").path(0).path("delta");
    }

    private static List<String> slices(String text) {
        List<String> slices = new ArrayList<>();
        for (int start = 0; start < text.length(); start += STREAM_SLICE_LENGTH) {
            slices.add(text.substring(start, Math.min(text.length(), start + STREAM_SLICE_LENGTH)));
        }
        return slices;
    }

    private static ObjectNode header(String object, String model, long created) {
        return WireJson.object()
                .put("id", "cached-completion")
                .put("object", object)
                .put("created", created)
                .put("model", model);
    }

    private static void putNullable(ObjectNode json, String name, @Nullable String value) {
        if (value == null) {
            json.putNull(name);
        } else {
            json.put(name, value);
        }
    }

    private static String finishReason(Message message) {
        return message.toolCalls().isEmpty() ? "stop" : "tool_calls";
    }

    /** Options for a {@link ReplayingModelServer}. */
    public static final class Builder {

        private final Path snapshotFile;
        private @Nullable Path workDirectory;
        private final List<SnapshotNormalizer.ToolResultNormalizer> toolResultNormalizers = new ArrayList<>();
        private int maxThreads = 16;

        private Builder(Path snapshotFile) {
            this.snapshotFile = snapshotFile;
        }

        /** The CLI's work directory, replaced by {@code ${workdir}} in requests and back in replies. Required. */
        public Builder workDirectory(Path workDirectory) {
            this.workDirectory = Objects.requireNonNull(workDirectory, "workDirectory");
            return this;
        }

        /**
         * Adds a normaliser for the results of the tool {@code toolName} ({@code *} for every tool,
         * {@code ${shell}} for the shell), applied to live requests after the built-in ones; use it to bridge a
         * tool whose output changed since the recording.
         */
        public Builder normalizeToolResults(String toolName, UnaryOperator<String> normalizer) {
            if (toolName == null || toolName.isBlank()) {
                throw new IllegalArgumentException("toolName must be a tool name or *, got " + toolName);
            }
            toolResultNormalizers.add(new SnapshotNormalizer.ToolResultNormalizer(toolName, normalizer));
            return this;
        }

        /**
         * The most requests handled at the same time, 1 to 256 (default 16); each reply that never comes holds a
         * thread until the server closes.
         */
        public Builder maxThreads(int maxThreads) {
            if (maxThreads < 1 || maxThreads > 256) {
                throw new IllegalArgumentException("maxThreads must be from 1 to 256, got " + maxThreads);
            }
            this.maxThreads = maxThreads;
            return this;
        }

        /**
         * Loads the snapshot and starts the server.
         *
         * @throws IllegalArgumentException if no work directory was set or the file is not a snapshot
         * @throws UncheckedIOException if the file cannot be read or the server cannot listen
         */
        public ReplayingModelServer start() {
            if (workDirectory == null) {
                throw new IllegalArgumentException("workDirectory must be set to the CLI's working directory");
            }
            try {
                return new ReplayingModelServer(this, workDirectory);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the replaying model server", e);
            }
        }
    }

    /** One loaded snapshot and how requests are compared with it; {@code released} ends its replies that never come. */
    private record Replay(ReplaySnapshot snapshot, SnapshotNormalizer normalizer, SnapshotMatcher matcher,
            Path workDirectory, CountDownLatch released) {
    }
}
