package io.github.copilot4j.internal.rpc;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.github.copilot4j.CopilotConnectionException;
import io.github.copilot4j.CopilotProtocolException;
import io.github.copilot4j.JsonRpcException;
import io.github.copilot4j.internal.wire.SecretRedactor;
import io.github.copilot4j.internal.wire.WireJson;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A JSON-RPC 2.0 connection over a pair of streams with Content-Length framing.
 *
 * <p>One daemon reader thread reads, parses and dispatches incoming messages: requests and notifications go to the
 * {@link InboundHandler}, responses complete the futures returned by {@link #request}. Those futures complete on a
 * callback thread of the connection, never on the reader thread, so code chained onto them may block without
 * stalling the connection; a notification that follows a response may therefore reach the handler before the
 * response's dependants run.
 *
 * <p>Writes are serialised, one frame at a time. A write failure, the end of the input, invalid JSON and every
 * framing error close the connection: all pending requests then fail with the same
 * {@link CopilotConnectionException} (a {@link CopilotProtocolException} when the peer broke the protocol).
 * Malformed messages that are valid JSON are answered with an error when possible, otherwise logged and ignored.
 *
 * <p>Every frame in and out is logged at TRACE with secrets masked.
 */
public final class JsonRpcConnection implements AutoCloseable {

    /** The default limit of an incoming frame's body: 64 MiB. */
    public static final int DEFAULT_MAX_FRAME_BYTES = 64 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(JsonRpcConnection.class);

    private static final int INVALID_REQUEST = -32600;
    private static final int INVALID_PARAMS = -32602;

    private final String name;
    private final InputStream in;
    private final OutputStream out;
    private final FrameReader frameReader;
    private final FrameWriter frameWriter;
    private final InboundHandler handler;
    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Long, PendingRequest> pending = new ConcurrentHashMap<>();
    private final AtomicReference<@Nullable CopilotConnectionException> closeReason = new AtomicReference<>();
    private final CompletableFuture<CopilotConnectionException> closed = new CompletableFuture<>();
    private final ThreadPoolExecutor callbackExecutor;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile @Nullable Thread readerThread;
    private volatile @Nullable Supplier<CopilotConnectionException> closeReasonSupplier;

    /**
     * @param name identifies the connection in thread names and log lines
     * @param in the peer's output; read only by this connection's reader thread
     * @param out the peer's input
     * @param maxFrameBytes the largest incoming frame body accepted; a larger one is a protocol error
     * @param handler receives the peer's requests and notifications
     */
    public JsonRpcConnection(String name, InputStream in, OutputStream out, int maxFrameBytes,
            InboundHandler handler) {
        this.name = name;
        this.in = in;
        this.out = out;
        this.frameReader = new FrameReader(in, maxFrameBytes);
        this.frameWriter = new FrameWriter(out);
        this.handler = handler;
        AtomicInteger callbackThreads = new AtomicInteger();
        this.callbackExecutor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS,
                new SynchronousQueue<>(), task -> {
                    Thread thread = new Thread(task,
                            "copilot-rpc-callback-" + name + "-" + callbackThreads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Asks {@code supplier} for the close reason when the input ends or reading or writing fails, instead of using
     * a generic {@link CopilotConnectionException}; the owner uses it to attach the CLI's exit code and stderr.
     * Protocol errors are reported as they are.
     */
    public void setCloseReasonSupplier(Supplier<CopilotConnectionException> supplier) {
        this.closeReasonSupplier = supplier;
    }

    /** Starts the daemon reader thread {@code copilot-rpc-reader-<name>}. */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("Connection " + name + " is already started");
        }
        Thread thread = new Thread(this::readLoop, "copilot-rpc-reader-" + name);
        thread.setDaemon(true);
        readerThread = thread;
        thread.start();
    }

    /**
     * Sends a request.
     *
     * @param params a Jackson-serialisable object or a {@link JsonNode}; {@code null} leaves {@code params} out
     * @return a future completed with the {@code result} ({@link NullNode} for null), or failed with a
     *         {@link JsonRpcException} when the peer answers with an error, or with a
     *         {@link CopilotConnectionException} when the connection closes first (already failed when it is
     *         closed); an {@link IllegalArgumentException} when {@code params} cannot be serialised
     */
    public CompletableFuture<JsonNode> request(String method, @Nullable Object params) {
        return request(method, params, null);
    }

    /**
     * Sends a request, like {@link #request(String, Object)}, and runs {@code onResult} with the successful result
     * on the reader thread as soon as it is read, before the returned future completes: for callers that must place
     * the response among the notifications read before and after it. {@code onResult} must not block; what it
     * throws is logged.
     */
    public CompletableFuture<JsonNode> request(String method, @Nullable Object params,
            @Nullable Consumer<JsonNode> onResult) {
        CopilotConnectionException reason = closeReason.get();
        if (reason != null) {
            return CompletableFuture.failedFuture(reason);
        }
        long id = nextId.getAndIncrement();
        ObjectNode message;
        try {
            message = message(id, method, params);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<JsonNode> future = new CompletableFuture<>();
        pending.put(id, new PendingRequest(method, future, onResult));
        reason = closeReason.get();
        if (reason != null) {
            // Closed after the first check; whoever removes the entry fails the future.
            if (pending.remove(id) != null) {
                future.completeExceptionally(reason);
            }
            return future;
        }
        try {
            send(message);
        } catch (IOException e) {
            failWrite(e);
        }
        return future;
    }

    /**
     * Sends a notification.
     *
     * @param params a Jackson-serialisable object or a {@link JsonNode}; {@code null} leaves {@code params} out
     * @throws CopilotConnectionException when the connection is closed or the write fails
     * @throws IllegalArgumentException when {@code params} cannot be serialised
     */
    public void notify(String method, @Nullable Object params) throws CopilotConnectionException {
        CopilotConnectionException reason = closeReason.get();
        if (reason != null) {
            throw reason;
        }
        try {
            send(message(null, method, params));
        } catch (IOException e) {
            throw failWrite(e);
        }
    }

    /**
     * Closes the streams, calls {@link InboundHandler#onClose} once and then fails every pending request with
     * {@code reason}. Only the first call has an effect: its reason wins.
     */
    public void close(CopilotConnectionException reason) {
        closeWith(reason);
    }

    /** Closes the connection with a plain "Connection closed" reason. */
    @Override
    public void close() {
        close(new CopilotConnectionException("Connection closed", null));
    }

    /** Whether the connection is still open. */
    public boolean isOpen() {
        return closeReason.get() == null;
    }

    /** A future that completes with the close reason once the connection is closed. */
    public CompletableFuture<CopilotConnectionException> closeFuture() {
        return closed.copy();
    }

    private ObjectNode message(@Nullable Long id, String method, @Nullable Object params) {
        ObjectNode message = WireJson.object().put("jsonrpc", "2.0");
        if (id != null) {
            message.put("id", id);
        }
        message.put("method", method);
        if (params != null) {
            try {
                message.set("params", params instanceof JsonNode node ? node : WireJson.MAPPER.valueToTree(params));
            } catch (JacksonException e) {
                throw new IllegalArgumentException("Cannot serialise the params of " + method + ": "
                        + e.getOriginalMessage(), e);
            }
        }
        return message;
    }

    private void send(ObjectNode message) throws IOException {
        byte[] body = WireJson.MAPPER.writeValueAsBytes(message);
        if (log.isTraceEnabled()) {
            log.trace("[{}] --> {}", name, SecretRedactor.redactJson(message));
        }
        frameWriter.write(body);
    }

    /** Closes the connection after a failed write and returns the reason it is closed with. */
    private CopilotConnectionException failWrite(IOException failure) {
        CopilotConnectionException reason = closeReason.get();
        if (reason != null) {
            return reason;
        }
        return closeWith(streamFailure("Writing to the CLI failed: " + failure.getMessage(), failure));
    }

    /** The reason for an ended or failed stream: the owner's, when it supplies one. */
    private CopilotConnectionException streamFailure(String message, @Nullable Throwable cause) {
        Supplier<CopilotConnectionException> supplier = closeReasonSupplier;
        if (supplier != null) {
            try {
                return supplier.get();
            } catch (RuntimeException e) {
                log.warn("[{}] The close reason supplier failed", name, e);
            }
        }
        return new CopilotConnectionException(message, cause);
    }

    private CopilotConnectionException closeWith(CopilotConnectionException reason) {
        if (!closeReason.compareAndSet(null, reason)) {
            return Objects.requireNonNull(closeReason.get());
        }
        if (reason instanceof CopilotProtocolException) {
            log.warn("[{}] Closing the connection: {}", name, reason.getMessage());
        } else {
            log.debug("[{}] Connection closed: {}", name, reason.getMessage());
        }
        closeQuietly(in);
        closeQuietly(out);
        Thread reader = readerThread;
        if (reader != null && reader != Thread.currentThread()) {
            reader.interrupt(); // wakes a reader blocked in an interruptible read, such as a pipe's
        }
        try {
            handler.onClose(reason);
        } catch (RuntimeException e) {
            log.warn("[{}] Inbound handler failed on close", name, e);
        }
        for (Long id : pending.keySet()) {
            PendingRequest request = pending.remove(id);
            if (request != null) {
                runOffReader(() -> request.future().completeExceptionally(reason));
            }
        }
        runOffReader(() -> closed.complete(reason));
        callbackExecutor.shutdown();
        return reason;
    }

    private void closeQuietly(Closeable stream) {
        try {
            stream.close();
        } catch (IOException e) {
            log.debug("[{}] Closing a stream failed", name, e);
        }
    }

    /** Runs {@code action} on a callback thread when called on the reader thread, otherwise right here. */
    private void runOffReader(Runnable action) {
        if (Thread.currentThread() != readerThread) {
            action.run();
            return;
        }
        try {
            callbackExecutor.execute(action);
        } catch (RejectedExecutionException e) {
            action.run(); // closed concurrently: the reader is about to end, so running here stalls nothing
        }
    }

    private void readLoop() {
        try {
            while (isOpen()) {
                byte[] frame = frameReader.readFrame();
                if (frame == null) {
                    if (isOpen()) {
                        closeWith(streamFailure("Connection closed by the CLI", null));
                    }
                    return;
                }
                if (offerUnparsed(frame)) {
                    continue;
                }
                JsonNode message = parse(frame);
                if (message == null) {
                    return;
                }
                dispatch(message);
            }
        } catch (CopilotProtocolException e) {
            closeWith(e);
        } catch (IOException e) {
            if (isOpen()) {
                closeWith(streamFailure("Reading from the CLI failed: " + e.getMessage(), e));
            }
        } catch (RuntimeException e) {
            log.error("[{}] The reader failed unexpectedly", name, e);
            closeWith(new CopilotConnectionException("The connection's reader failed unexpectedly", e));
        } catch (Error e) {
            closeWith(new CopilotConnectionException("The connection's reader failed unexpectedly", e));
            throw e;
        }
    }

    /**
     * Offers a frame to the handler before parsing it; true when the handler took it to parse later
     * ({@link DeferredFrame}). Not while frames are traced, so that each is logged as read.
     */
    private boolean offerUnparsed(byte[] frame) {
        if (log.isTraceEnabled()) {
            return false;
        }
        try {
            return handler.takeFrame(new DeferredFrame(this, frame));
        } catch (RuntimeException e) {
            log.warn("[{}] Inbound handler failed on an unparsed frame", name, e);
            return false;
        }
    }

    /**
     * Parses a frame handed over unparsed, on the caller's thread, as the reader would have: the params of a
     * notification, or {@code null} when it is not one (then handled here as the reader handles it).
     */
    @Nullable JsonNode parseDeferred(byte[] frame) {
        JsonNode message = parse(frame);
        if (message == null) {
            return null;
        }
        JsonNode id = message.get("id");
        JsonNode method = message.get("method");
        JsonNode params = message.get("params");
        if (!(message instanceof ObjectNode) || id != null && !id.isNull() || method == null || !method.isString()
                || params != null && !params.isNull() && !params.isObject()) {
            dispatch(message);
            return null;
        }
        return params == null || params.isNull() ? WireJson.object() : params;
    }

    /** The frame's JSON, or {@code null} after closing the connection because it is not valid JSON. */
    private @Nullable JsonNode parse(byte[] frame) {
        JsonNode message;
        try {
            message = WireJson.MAPPER.readTree(frame);
        } catch (JacksonException e) {
            if (log.isTraceEnabled()) {
                log.trace("[{}] <-- (invalid JSON) {}", name,
                        SecretRedactor.redactText(new String(frame, StandardCharsets.UTF_8)));
            }
            // The parser's message may quote the input, so only its masked text is kept, not the exception.
            closeWith(new CopilotProtocolException("Invalid JSON in a frame from the CLI: "
                    + SecretRedactor.redactText(e.getOriginalMessage())));
            return null;
        }
        if (message.isMissingNode()) {
            closeWith(new CopilotProtocolException("Empty frame body from the CLI"));
            return null;
        }
        if (log.isTraceEnabled()) {
            log.trace("[{}] <-- {}", name, SecretRedactor.redactJson(message));
        }
        return message;
    }

    private void dispatch(JsonNode message) {
        if (!(message instanceof ObjectNode object)) {
            log.warn("[{}] Ignoring a message that is not a JSON object: {}", name,
                    SecretRedactor.redactJson(message));
            return;
        }
        JsonNode method = object.get("method");
        JsonNode id = object.get("id");
        if (method != null) {
            dispatchInbound(object, method, id == null || id.isNull() ? null : id);
        } else if (id != null) {
            dispatchResponse(object, id);
        } else {
            log.warn("[{}] Ignoring a message with neither method nor id: {}", name,
                    SecretRedactor.redactJson(object));
        }
    }

    private void dispatchInbound(ObjectNode message, JsonNode methodNode, @Nullable JsonNode id) {
        if (id != null && !id.isString() && !id.isNumber()) {
            log.warn("[{}] Ignoring a request whose id is neither a string nor a number: {}", name,
                    SecretRedactor.redactJson(message));
            return;
        }
        if (!methodNode.isString()) {
            reject(id, INVALID_REQUEST, "Invalid request: method must be a string", message);
            return;
        }
        String method = methodNode.stringValue();
        JsonNode params = message.get("params");
        if (params == null || params.isNull()) {
            params = WireJson.object();
        } else if (!params.isObject()) {
            reject(id, INVALID_PARAMS, "Invalid params for " + method + ": expected an object", message);
            return;
        }
        if (id == null) {
            try {
                handler.onNotification(method, params);
            } catch (RuntimeException e) {
                log.warn("[{}] Inbound handler failed on notification {}", name, method, e);
            }
        } else {
            dispatchRequest(id, method, params);
        }
    }

    /** Answers a malformed request with an error, or logs a malformed notification. */
    private void reject(@Nullable JsonNode id, int code, String error, ObjectNode message) {
        if (id != null) {
            respond(error(id, code, error, null));
        } else {
            log.warn("[{}] Ignoring a notification: {}: {}", name, error, SecretRedactor.redactJson(message));
        }
    }

    private void dispatchRequest(JsonNode id, String method, JsonNode params) {
        CompletableFuture<?> result;
        try {
            result = handler.onRequest(method, params);
        } catch (RuntimeException e) {
            respondWithFailure(id, method, e);
            return;
        }
        if (result == null) {
            respond(error(id, JsonRpcException.METHOD_NOT_FOUND, "Unhandled method " + method, null));
            return;
        }
        result.whenComplete((value, failure) -> {
            if (failure != null) {
                respondWithFailure(id, method, failure);
            } else {
                respondWithResult(id, method, value);
            }
        });
    }

    private void respondWithResult(JsonNode id, String method, @Nullable Object value) {
        JsonNode result;
        try {
            result = value == null ? NullNode.getInstance()
                    : value instanceof JsonNode node ? node : WireJson.MAPPER.valueToTree(value);
        } catch (JacksonException e) {
            respondWithFailure(id, method, e);
            return;
        }
        ObjectNode response = WireJson.object().put("jsonrpc", "2.0");
        response.set("id", id);
        response.set("result", result);
        respond(response);
    }

    private void respondWithFailure(JsonNode id, String method, Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        log.debug("[{}] Answering {} with an error", name, method, cause);
        if (cause instanceof JsonRpcException rpcError) {
            respond(error(id, rpcError.code(), errorMessageOf(rpcError), dataOf(rpcError)));
        } else {
            String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getName();
            respond(error(id, JsonRpcException.INTERNAL_ERROR, message, null));
        }
    }

    /** The error message a {@link JsonRpcException} was created with, without the text its constructor adds. */
    private static String errorMessageOf(JsonRpcException error) {
        String prefix = error.method() + " failed (JSON-RPC error " + error.code() + "): ";
        String message = String.valueOf(error.getMessage());
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static @Nullable JsonNode dataOf(JsonRpcException error) {
        String data = error.data();
        if (data == null) {
            return null;
        }
        try {
            return WireJson.MAPPER.readTree(data);
        } catch (JacksonException e) {
            return StringNode.valueOf(data);
        }
    }

    private static ObjectNode error(JsonNode id, int code, String message, @Nullable JsonNode data) {
        ObjectNode response = WireJson.object().put("jsonrpc", "2.0");
        response.set("id", id);
        ObjectNode error = response.putObject("error").put("code", code).put("message", message);
        if (data != null) {
            error.set("data", data);
        }
        return response;
    }

    /** Writes a response, off the reader thread so that a full output pipe cannot stall reading. */
    private void respond(ObjectNode response) {
        runOffReader(() -> {
            if (!isOpen()) {
                log.debug("[{}] Not answering request {}: the connection is closed", name, response.get("id"));
                return;
            }
            try {
                send(response);
            } catch (IOException e) {
                failWrite(e);
            }
        });
    }

    private void dispatchResponse(ObjectNode message, JsonNode id) {
        PendingRequest request = id.isIntegralNumber() && id.canConvertToLong() ? pending.remove(id.longValue()) : null;
        if (request == null) {
            if (id.isNull() && message.has("error")) {
                log.warn("[{}] The CLI reported an error for a request it could not identify: {}", name,
                        SecretRedactor.redactJson(message.path("error")));
            } else {
                log.debug("[{}] Ignoring a response with unknown id {}", name, id);
            }
            return;
        }
        JsonNode error = message.get("error");
        if (error != null && !error.isNull()) {
            JsonRpcException failure = toException(request.method(), error);
            runOffReader(() -> request.future().completeExceptionally(failure));
        } else {
            JsonNode result = message.get("result");
            JsonNode value = result == null ? NullNode.getInstance() : result;
            Consumer<JsonNode> onResult = request.onResult();
            if (onResult != null) {
                try {
                    onResult.accept(value);
                } catch (RuntimeException e) {
                    log.warn("[{}] The result observer of {} failed", name, request.method(), e);
                }
            }
            runOffReader(() -> request.future().complete(value));
        }
    }

    private static JsonRpcException toException(String method, JsonNode error) {
        JsonNode code = error.path("code");
        JsonNode message = error.path("message");
        JsonNode data = error.get("data");
        return new JsonRpcException(method,
                code.isIntegralNumber() && code.canConvertToInt() ? code.intValue() : JsonRpcException.INTERNAL_ERROR,
                message.isString() ? SecretRedactor.redactText(message.stringValue())
                        : "Malformed error object: " + SecretRedactor.redactJson(error),
                data == null || data.isNull() ? null : SecretRedactor.redactJson(data));
    }

    private record PendingRequest(String method, CompletableFuture<JsonNode> future,
            @Nullable Consumer<JsonNode> onResult) {
    }
}
