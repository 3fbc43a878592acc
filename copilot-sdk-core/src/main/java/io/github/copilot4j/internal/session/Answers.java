package io.github.copilot4j.internal.session;

import io.github.copilot4j.JsonRpcException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/** Running application callbacks off the reader thread, and sending the answers of broadcast requests. */
final class Answers {

    private static final Logger log = LoggerFactory.getLogger(Answers.class);

    private Answers() {
    }

    /**
     * Runs {@code callback} on {@code executor}; the future completes with its value, or exceptionally with what it
     * threw (errors included, so no caller waits forever) or with the executor's rejection.
     */
    static <T> CompletableFuture<T> compute(Executor executor, Callable<T> callback) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(callback.call());
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
        } catch (RuntimeException rejected) {
            result.completeExceptionally(rejected);
        }
        return result;
    }

    /**
     * Sends the answer to a broadcast request. If the CLI refuses it with a JSON-RPC error and a fallback is given,
     * sends the fallback instead, so the request does not stay pending; other failures (the session or connection
     * closed) are only logged, as nobody is waiting for the answer any more.
     */
    static void send(SessionChannel channel, String method, ObjectNode params,
            @Nullable Supplier<ObjectNode> fallback) {
        channel.request(method, params).whenComplete((result, failure) -> {
            if (failure == null) {
                return;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof JsonRpcException && fallback != null) {
                log.warn("Session {}: the CLI refused the answer to {} ({}); sending the fallback answer",
                        channel.sessionId(), method, cause.getMessage());
                send(channel, method, fallback.get(), null);
            } else {
                log.debug("Session {}: could not send {}", channel.sessionId(), method, cause);
            }
        });
    }
}
