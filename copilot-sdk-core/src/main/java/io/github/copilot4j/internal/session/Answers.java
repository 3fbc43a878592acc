package io.github.copilot4j.internal.session;

import io.github.copilot4j.CopilotTimeoutException;
import io.github.copilot4j.JsonRpcException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
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
     * Runs an application callback of the session on its callback executor, within the session's handler timeout:
     * see {@link #run}.
     *
     * @param callbackName names the callback in the timeout's message, such as {@code "The permission handler"}
     */
    static <T> CompletableFuture<T> compute(SessionChannel channel, String callbackName, Callable<T> callback) {
        return run(channel.callbackExecutor(), channel.handlerTimeout(), callbackName, callback);
    }

    /**
     * Runs {@code callback} on {@code executor}; the future completes with its value, or exceptionally with what it
     * threw (errors included, so no caller waits forever) or with the executor's rejection. With a {@code timeout},
     * a callback still running when it runs out makes the future fail with a {@link CopilotTimeoutException} naming
     * {@code callbackName}, and the thread running it is interrupted.
     */
    static <T> CompletableFuture<T> run(Executor executor, @Nullable Duration timeout, String callbackName,
            Callable<T> callback) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runner runner = new Runner();
        if (timeout != null) {
            CompletableFuture<Void> timer = new CompletableFuture<Void>().orTimeout(timeout.toNanos(),
                    TimeUnit.NANOSECONDS);
            timer.whenComplete((ignored, expired) -> {
                if (expired != null && result.completeExceptionally(new CopilotTimeoutException(callbackName,
                        timeout))) {
                    runner.interrupt();
                }
            });
            // completing the timer drops its scheduled expiry, so nothing is held until it would have run out
            result.whenComplete((value, failure) -> timer.complete(null));
        }
        try {
            executor.execute(() -> {
                if (!runner.begin(result)) {
                    return;
                }
                try {
                    result.complete(callback.call());
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                    if (t instanceof VirtualMachineError error) {
                        throw error;
                    }
                } finally {
                    runner.end();
                }
            });
        } catch (RuntimeException rejected) {
            result.completeExceptionally(rejected);
        }
        return result;
    }

    /** The thread running a callback, which a timeout interrupts. */
    private static final class Runner {

        private @Nullable Thread thread;
        private boolean interrupted;

        /** Claims the current thread; false when the callback already timed out before it started. */
        synchronized boolean begin(CompletableFuture<?> result) {
            if (result.isDone()) {
                return false;
            }
            thread = Thread.currentThread();
            return true;
        }

        synchronized void interrupt() {
            if (thread != null) {
                interrupted = true;
                thread.interrupt();
            }
        }

        /** Releases the thread, clearing an interrupt meant for the callback so the thread's next task never sees it. */
        synchronized void end() {
            thread = null;
            if (interrupted) {
                Thread.interrupted();
            }
        }
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
