package io.github.copilot4j.tool;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a running tool that its result is no longer wanted: the SDK cancels it when the session's turn is aborted or
 * the session is disconnected. A tool that checks it can stop early; one that does not runs to the end, and its
 * result comes too late to matter. Thread-safe.
 */
public final class ToolCancellation {

    private static final Logger log = LoggerFactory.getLogger(ToolCancellation.class);

    private final CompletableFuture<Void> cancelled = new CompletableFuture<>();

    /** A signal that is not cancelled yet. */
    public ToolCancellation() {
    }

    /** Whether the call was cancelled. */
    public boolean isCancelled() {
        return cancelled.isDone();
    }

    /**
     * Runs {@code action} once when the call is cancelled: at once on this thread if it already was, otherwise on
     * the thread that cancels it (for the SDK, one of the client's executor threads). An exception thrown by the
     * action is logged.
     */
    public void onCancel(Runnable action) {
        Objects.requireNonNull(action, "action");
        cancelled.thenRun(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                log.warn("A tool's cancellation action failed", e);
            }
        });
    }

    /** A future that completes when the call is cancelled; completing or cancelling it changes nothing here. */
    public CompletableFuture<Void> asFuture() {
        return cancelled.copy();
    }

    /**
     * Cancels the call and runs the registered actions on this thread; later calls do nothing.
     *
     * @return whether this call cancelled it
     */
    public boolean cancel() {
        return cancelled.complete(null);
    }

    @Override
    public String toString() {
        return "ToolCancellation[" + (isCancelled() ? "cancelled" : "active") + "]";
    }
}
