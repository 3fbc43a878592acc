package io.github.copilot4j.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.copilot4j.internal.wire.WireJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An in-process HTTP server that stands in for the model endpoints the Copilot CLI calls, so tests run offline,
 * fast and deterministically.
 *
 * <p>It listens on {@code 127.0.0.1} on an ephemeral port and serves, in every configuration:
 * <ul>
 *   <li>{@code POST} to any path ending in {@code /chat/completions}: an OpenAI chat completion, as a JSON
 *       {@code chat.completion} body, or as server-sent events when the request has {@code "stream": true};</li>
 *   <li>{@code GET /models}: the Copilot API model catalog, listing the {@linkplain Builder#models model ids}
 *       (default {@value #DEFAULT_MODEL});</li>
 *   <li>{@code GET /copilot_internal/user}: a Copilot user whose API endpoint is this server and which has no
 *       telemetry endpoint;</li>
 *   <li>anything else: {@code 404 {"error":"not found"}}.</li>
 * </ul>
 * So the same server works in both ways of pointing the CLI at it: BYOK, with {@link #openAiBaseUrl()} as the
 * OpenAI provider's base URL; and Copilot API mode, with {@link #baseUrl()} as both {@code COPILOT_API_URL} and
 * {@code COPILOT_DEBUG_GITHUB_API_URL}.
 *
 * <p>Each chat request is answered by the next reply {@linkplain #enqueue(ModelReply...) queued}; when the queue is
 * empty the {@linkplain #respondWith responder} decides, by default {@link #defaultReply(ModelRequest)}. Every
 * request is recorded for assertions:
 * <pre>{@code
 * try (FakeModelServer server = FakeModelServer.start()) {
 *     server.enqueue(ModelReply.text("Hello!"));
 *     // ... run the code under test against server.openAiBaseUrl() ...
 *     assertThat(server.awaitChatRequests(1, Duration.ofSeconds(5)).get(0).lastUserMessage()).isEqualTo("Hi");
 * }
 * }</pre>
 *
 * <p>The server is thread-safe. Requests are handled on a bounded pool of daemon threads; a
 * {@linkplain ModelReply#hang() hanging} or {@linkplain ModelReply#delayed(Duration) delayed} reply occupies one
 * of them until it is sent or the server is closed. {@link #close()} drops all connections at once and releases
 * every thread.
 */
public final class FakeModelServer implements ModelServer {

    /** The model id the catalog lists unless {@link Builder#models(String...)} says otherwise. */
    public static final String DEFAULT_MODEL = "claude-sonnet-4.5";

    private static final Logger log = LoggerFactory.getLogger(FakeModelServer.class);

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final String baseUrl;
    private final List<String> models;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicLong completionIds = new AtomicLong();
    private final AtomicLong toolCallIds = new AtomicLong();

    /** Guards the reply queue, the records and the responder; waited on by {@link #awaitChatRequests}. */
    private final Object lock = new Object();
    private final Deque<ModelReply> queue = new ArrayDeque<>();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final List<ModelRequest> chatRequests = new ArrayList<>();
    private Function<ModelRequest, ModelReply> responder = FakeModelServer::defaultReply;

    private FakeModelServer(Builder builder) throws IOException {
        this.models = builder.models;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int port = server.getAddress().getPort();
        this.baseUrl = "http://127.0.0.1:" + port;
        this.executor = ModelServerHttp.executor("fake-model-server", port, builder.maxThreads);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        log.debug("Fake model server listening on {}", baseUrl);
    }

    /** Starts a server with the default options. */
    public static FakeModelServer start() {
        return builder().start();
    }

    /** A builder for a server with non-default options. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The reply used when the queue is empty and no other responder is set: {@code "2"} when the last user
     * message contains {@code 1+1} (ignoring white space), else {@code "OK"}. Custom responders can fall back to it.
     */
    public static ModelReply defaultReply(ModelRequest request) {
        boolean onePlusOne = request.lastUserMessage().replaceAll("\\s+", "").contains("1+1");
        return ModelReply.text(onePlusOne ? "2" : "OK");
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

    /** The model ids listed by {@code GET /models}. */
    public List<String> models() {
        return models;
    }

    /** Appends replies to the queue; each chat request takes the oldest queued reply. */
    public FakeModelServer enqueue(ModelReply... replies) {
        List<ModelReply> list = List.of(replies);
        synchronized (lock) {
            queue.addAll(list);
        }
        return this;
    }

    /** How many queued replies have not been sent yet. */
    public int queuedReplies() {
        synchronized (lock) {
            return queue.size();
        }
    }

    /**
     * Sets the function that answers chat requests while the queue is empty. If it throws or returns null, the
     * request is answered with HTTP 400 and the failure is logged.
     */
    public FakeModelServer respondWith(Function<ModelRequest, ModelReply> responder) {
        Objects.requireNonNull(responder, "responder");
        synchronized (lock) {
            this.responder = responder;
        }
        return this;
    }

    @Override
    public List<RecordedRequest> requests() {
        synchronized (lock) {
            return List.copyOf(requests);
        }
    }

    /** An immutable snapshot of the chat completions requests received so far, in arrival order. */
    public List<ModelRequest> chatRequests() {
        synchronized (lock) {
            return List.copyOf(chatRequests);
        }
    }

    /**
     * Waits until at least {@code count} chat completions requests have arrived.
     *
     * @return a snapshot of the chat requests, as {@link #chatRequests()}
     * @throws AssertionError if fewer than {@code count} arrived within {@code timeout}
     */
    public List<ModelRequest> awaitChatRequests(int count, Duration timeout) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, got " + timeout);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (chatRequests.size() < count) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new AssertionError("Expected at least " + count + " chat completions request(s) within "
                            + timeout.toMillis() + " ms, but got " + chatRequests.size());
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for chat completions requests", e);
                }
            }
            return List.copyOf(chatRequests);
        }
    }

    /**
     * Returns the server to its freshly started state: clears the reply queue and the recorded requests and restores
     * the default responder. Ids keep counting, so tool call ids stay unique across the server's life.
     */
    public void reset() {
        synchronized (lock) {
            queue.clear();
            requests.clear();
            chatRequests.clear();
            responder = FakeModelServer::defaultReply;
        }
    }

    /**
     * Stops the server at once: drops all connections (clients of hanging or delayed replies see the connection
     * end) and releases all threads. Calling it again does nothing.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        closed.countDown();
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Fake model server threads did not end within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.debug("Fake model server on {} closed", baseUrl);
    }

    @Override
    public String toString() {
        return "FakeModelServer[" + baseUrl + "]";
    }

    private void handle(HttpExchange exchange) {
        try {
            RecordedRequest request = ModelServerHttp.read(exchange);
            String method = request.method();
            String path = request.path();
            if (method.equals("POST") && path.endsWith("/chat/completions")) {
                answerChat(exchange, request);
                return;
            }
            record(request);
            if (method.equals("GET") && path.equals("/models")) {
                ModelServerHttp.sendJson(exchange, 200, ModelServerHttp.modelCatalog(models));
            } else if (method.equals("GET") && path.equals("/copilot_internal/user")) {
                ModelServerHttp.sendJson(exchange, 200, ModelServerHttp.copilotUser(baseUrl));
            } else {
                ModelServerHttp.sendJson(exchange, 404, WireJson.object().put("error", "not found"));
            }
        } catch (IOException e) {
            log.debug("Fake model server lost a connection: {}", e.toString());
        }
    }

    private void answerChat(HttpExchange exchange, RecordedRequest request) throws IOException {
        ModelRequest chat = ModelRequest.of(request);
        if (chat == null) {
            record(request);
            sendError(exchange, ModelReply.httpError(400, "The request body is not a JSON object"));
            return;
        }
        ModelReply reply;
        try {
            reply = recordChat(request, chat);
        } catch (RuntimeException e) {
            log.warn("Fake model server responder failed for {}", chat, e);
            sendError(exchange, ModelReply.httpError(400, "Fake model server responder failed: " + e));
            return;
        }
        if (!waitUnlessClosed(reply.delay())) {
            return;
        }
        if (reply instanceof ModelReply.HttpError error) {
            sendError(exchange, error);
        } else if (reply instanceof ModelReply.Hang) {
            exchange.getResponseHeaders().set("Content-Type", chat.stream() ? "text/event-stream" : "application/json");
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().flush();
            waitUnlessClosed(null);
        } else if (reply instanceof ModelReply.Completion completion) {
            sendCompletion(exchange, chat, completion);
        } else if (reply instanceof ModelReply.Reset) {
            throw new DroppedConnection();
        } else if (reply instanceof ModelReply.Truncated truncated) {
            sendTruncated(exchange, chat, truncated);
        }
    }

    /**
     * Sends the first half of a reply and drops the connection: the HTTP server closes the connection of a handler
     * that throws, without ending the response.
     */
    private void sendTruncated(HttpExchange exchange, ModelRequest chat, ModelReply.Truncated truncated)
            throws IOException {
        ModelReply.Completion whole = ModelReply.text(truncated.text());
        ChatCompletionRenderer renderer = new ChatCompletionRenderer("chatcmpl-fake-" + completionIds.incrementAndGet(),
                System.currentTimeMillis() / 1000, chat.model(), whole, List.of(), 0);
        if (!chat.stream()) {
            byte[] body = WireJson.MAPPER.writeValueAsBytes(renderer.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body, 0, body.length / 2);
            exchange.getResponseBody().flush();
            throw new DroppedConnection();
        }
        List<ObjectNode> chunks = renderer.chunks(false);
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (ObjectNode chunk : chunks.subList(0, Math.max(1, (chunks.size() - 1) / 2))) {
            ModelServerHttp.writeEvent(out, WireJson.MAPPER.writeValueAsString(chunk));
        }
        throw new DroppedConnection();
    }

    /** Thrown by a handler to make the HTTP server close the connection at once. */
    private static final class DroppedConnection extends RuntimeException {

        private static final long serialVersionUID = 1L;

        DroppedConnection() {
            super("connection dropped on purpose by the fake model server", null, false, false);
        }
    }

    private void record(RecordedRequest request) {
        synchronized (lock) {
            requests.add(request);
        }
    }

    /** Records a chat request and picks its reply, from the queue or else from the responder. */
    private ModelReply recordChat(RecordedRequest request, ModelRequest chat) {
        Function<ModelRequest, ModelReply> currentResponder;
        synchronized (lock) {
            requests.add(request);
            chatRequests.add(chat);
            lock.notifyAll();
            ModelReply queued = queue.poll();
            if (queued != null) {
                return queued;
            }
            currentResponder = responder;
        }
        return Objects.requireNonNull(currentResponder.apply(chat), "the responder returned null");
    }

    /**
     * Waits for {@code delay} (forever if null) unless the server closes first.
     *
     * @return true if the wait ran out with the server still open
     */
    private boolean waitUnlessClosed(@Nullable Duration delay) {
        try {
            if (delay == null) {
                closed.await();
                return false;
            }
            return delay.isZero() || !closed.await(delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void sendCompletion(HttpExchange exchange, ModelRequest chat, ModelReply.Completion completion)
            throws IOException {
        List<String> callIds = new ArrayList<>();
        for (int i = 0; i < completion.toolCalls().size(); i++) {
            callIds.add("call_" + toolCallIds.incrementAndGet());
        }
        int promptCharacters = 0;
        for (ModelMessage message : chat.messages()) {
            promptCharacters += message.content().length();
        }
        ChatCompletionRenderer renderer = new ChatCompletionRenderer("chatcmpl-fake-" + completionIds.incrementAndGet(),
                System.currentTimeMillis() / 1000, chat.model(), completion, callIds,
                ChatCompletionRenderer.estimateTokens(promptCharacters));
        if (!chat.stream()) {
            ModelServerHttp.sendJson(exchange, 200, renderer.body());
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (ObjectNode chunk : renderer.chunks(chat.includeUsage())) {
                ModelServerHttp.writeEvent(out, WireJson.MAPPER.writeValueAsString(chunk));
            }
            ModelServerHttp.writeEvent(out, "[DONE]");
        }
    }

    private static void sendError(HttpExchange exchange, ModelReply.HttpError error) throws IOException {
        if (error.retryAfter() != null) {
            long millis = error.retryAfter().toMillis();
            exchange.getResponseHeaders().set("retry-after", Long.toString((millis + 999) / 1000));
        }
        ModelServerHttp.sendJson(exchange, error.status(), ModelServerHttp.errorBody(error.message(), error.code()));
    }

    /** Options for a {@link FakeModelServer}. */
    public static final class Builder {

        private List<String> models = List.of(DEFAULT_MODEL);
        private int maxThreads = 16;

        private Builder() {
        }

        /** The model ids {@code GET /models} lists (default {@value FakeModelServer#DEFAULT_MODEL}). */
        public Builder models(String... ids) {
            if (ids.length == 0 || Arrays.stream(ids).anyMatch(id -> id == null || id.isBlank())) {
                throw new IllegalArgumentException("models must be one or more non-blank model ids");
            }
            this.models = List.of(ids);
            return this;
        }

        /**
         * The most requests handled at the same time, 1 to 256 (default 16). Further requests wait for a thread;
         * each {@linkplain ModelReply#hang() hanging} reply holds one until the server closes.
         */
        public Builder maxThreads(int maxThreads) {
            if (maxThreads < 1 || maxThreads > 256) {
                throw new IllegalArgumentException("maxThreads must be from 1 to 256, got " + maxThreads);
            }
            this.maxThreads = maxThreads;
            return this;
        }

        /**
         * Starts the server.
         *
         * @throws UncheckedIOException if it cannot listen on the loopback interface
         */
        public FakeModelServer start() {
            try {
                return new FakeModelServer(this);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the fake model server", e);
            }
        }
    }
}
