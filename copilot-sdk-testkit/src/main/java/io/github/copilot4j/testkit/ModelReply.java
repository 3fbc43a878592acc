package io.github.copilot4j.testkit;

import io.github.copilot4j.internal.wire.WireJson;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * A scripted answer of the {@link FakeModelServer} to one chat completions request.
 *
 * <p>Create replies with the static factories and hand them to {@link FakeModelServer#enqueue(ModelReply...)} or
 * return them from a {@link FakeModelServer#respondWith responder}:
 * <pre>{@code
 * server.enqueue(
 *         ModelReply.toolCall("bash", "{\"command\":\"ls\"}"),
 *         ModelReply.text("Done.").delayed(Duration.ofMillis(200)),
 *         ModelReply.httpError(429, "Slow down").withRetryAfter(Duration.ofSeconds(1)),
 *         ModelReply.hang());
 * }</pre>
 * Every reply can be {@linkplain #delayed(Duration) delayed}: the server then waits that long before it sends
 * the first byte. Replies are immutable and may be reused; the server assigns fresh completion and tool call ids
 * each time it sends one.
 */
public sealed interface ModelReply
        permits ModelReply.Completion, ModelReply.HttpError, ModelReply.Hang, ModelReply.Reset, ModelReply.Truncated {

    /** A successful assistant message with this text and no tool calls. */
    static Completion text(String text) {
        return new Completion(text, List.of(), Duration.ZERO);
    }

    /**
     * A successful assistant message requesting one tool call (finish reason {@code tool_calls}).
     *
     * @param name the tool name
     * @param argumentsJson the arguments as a JSON object text, sent exactly as given
     */
    static Completion toolCall(String name, String argumentsJson) {
        return toolCalls(new ToolCall(name, argumentsJson));
    }

    /** A successful assistant message requesting several tool calls at once (finish reason {@code tool_calls}). */
    static Completion toolCalls(ToolCall... calls) {
        if (calls.length == 0) {
            throw new IllegalArgumentException("calls must not be empty");
        }
        return new Completion("", List.of(calls), Duration.ZERO);
    }

    /**
     * An HTTP error with an OpenAI-style body {@code {"error":{"message":...,"type":...,"code":...}}}. The error
     * code (used for both {@code type} and {@code code}) is {@code rate_limited} for 429, {@code server_error} for
     * 5xx and {@code invalid_request_error} otherwise; change it with {@link HttpError#withErrorCode(String)}.
     *
     * @param status an HTTP status from 400 to 599
     * @param message the error message
     */
    static HttpError httpError(int status, String message) {
        String code = status == 429 ? "rate_limited" : status >= 500 ? "server_error" : "invalid_request_error";
        return new HttpError(status, message, code, null, Duration.ZERO);
    }

    /**
     * A reply that never completes: the server sends the response headers ({@code text/event-stream} for a
     * streaming request, {@code application/json} otherwise) and then no body until it is
     * {@linkplain FakeModelServer#close() closed}, which drops the connection. Use it to test aborts and timeouts.
     */
    static Hang hang() {
        return new Hang(Duration.ZERO);
    }

    /**
     * No reply at all: the server drops the connection as soon as the request has arrived, without a status line, as
     * when the connection is reset or a proxy in between dies.
     */
    static Reset reset() {
        return new Reset(Duration.ZERO);
    }

    /**
     * A reply cut off part-way, as when the model server dies mid-response: the server sends status 200 and the
     * first half of {@code text} (for a streaming request as server-sent events without the finishing chunk and
     * without {@code [DONE]}; otherwise the first half of the JSON body's bytes, fewer than its
     * {@code Content-Length}), then drops the connection.
     */
    static Truncated truncated(String text) {
        return new Truncated(text, Duration.ZERO);
    }

    /** How long the server waits before it sends the first byte of this reply. */
    Duration delay();

    /** This reply, sent after waiting {@code delay} (replacing any delay set before). */
    ModelReply delayed(Duration delay);

    /**
     * One tool call of a {@link Completion}.
     *
     * @param name the tool name
     * @param argumentsJson the arguments as JSON object text; sent exactly as given
     */
    record ToolCall(String name, String argumentsJson) {

        /** Validates that the name is not blank and the arguments are a JSON object. */
        public ToolCall {
            requireNotBlank(name, "name");
            Objects.requireNonNull(argumentsJson, "argumentsJson");
            boolean object;
            try {
                object = WireJson.MAPPER.readTree(argumentsJson).isObject();
            } catch (JacksonException e) {
                object = false;
            }
            if (!object) {
                throw new IllegalArgumentException("argumentsJson must be a JSON object, got: " + argumentsJson);
            }
        }
    }

    /**
     * A successful chat completion: text, tool calls, or both.
     *
     * @param text the assistant text; empty for none
     * @param toolCalls the tool calls requested; empty for none
     * @param delay the wait before the first byte
     */
    record Completion(String text, List<ToolCall> toolCalls, Duration delay) implements ModelReply {

        /** Validates and copies the components. */
        public Completion {
            Objects.requireNonNull(text, "text");
            toolCalls = List.copyOf(toolCalls);
            requireNonNegative(delay);
        }

        @Override
        public Completion delayed(Duration delay) {
            return new Completion(text, toolCalls, delay);
        }
    }

    /**
     * An HTTP error reply.
     *
     * @param status the HTTP status, 400 to 599
     * @param message the error message
     * @param code the OpenAI error {@code type} and {@code code}
     * @param retryAfter the value of the {@code retry-after} header (whole seconds, rounded up), or null for none
     * @param delay the wait before the first byte
     */
    record HttpError(int status, String message, String code, @Nullable Duration retryAfter, Duration delay)
            implements ModelReply {

        /** Validates the components. */
        public HttpError {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("status must be from 400 to 599, got " + status);
            }
            Objects.requireNonNull(message, "message");
            requireNotBlank(code, "code");
            if (retryAfter != null && retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative, got " + retryAfter);
            }
            requireNonNegative(delay);
        }

        /** This error with a {@code retry-after} header of {@code retryAfter} (whole seconds, rounded up). */
        public HttpError withRetryAfter(Duration retryAfter) {
            return new HttpError(status, message, code, Objects.requireNonNull(retryAfter, "retryAfter"), delay);
        }

        /** This error with {@code code} as the body's {@code error.type} and {@code error.code}. */
        public HttpError withErrorCode(String code) {
            return new HttpError(status, message, code, retryAfter, delay);
        }

        @Override
        public HttpError delayed(Duration delay) {
            return new HttpError(status, message, code, retryAfter, delay);
        }
    }

    /**
     * A reply whose body never comes; see {@link ModelReply#hang()}.
     *
     * @param delay the wait before the response headers
     */
    record Hang(Duration delay) implements ModelReply {

        /** Validates the delay. */
        public Hang {
            requireNonNegative(delay);
        }

        @Override
        public Hang delayed(Duration delay) {
            return new Hang(delay);
        }
    }

    /**
     * A dropped connection instead of a reply; see {@link ModelReply#reset()}.
     *
     * @param delay the wait before the connection is dropped
     */
    record Reset(Duration delay) implements ModelReply {

        /** Validates the delay. */
        public Reset {
            requireNonNegative(delay);
        }

        @Override
        public Reset delayed(Duration delay) {
            return new Reset(delay);
        }
    }

    /**
     * A reply cut off part-way; see {@link ModelReply#truncated(String)}.
     *
     * @param text the full text, of which the first half is sent; at least two characters
     * @param delay the wait before the first byte
     */
    record Truncated(String text, Duration delay) implements ModelReply {

        /** Validates the components. */
        public Truncated {
            Objects.requireNonNull(text, "text");
            if (text.length() < 2) {
                throw new IllegalArgumentException("text must have at least two characters to be cut, got '" + text
                        + "'");
            }
            requireNonNegative(delay);
        }

        @Override
        public Truncated delayed(Duration delay) {
            return new Truncated(text, delay);
        }
    }

    private static void requireNotBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    private static void requireNonNegative(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("delay must be zero or positive, got " + delay);
        }
    }
}
