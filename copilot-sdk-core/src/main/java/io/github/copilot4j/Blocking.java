package io.github.copilot4j;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The blocking convenience over the SDK's {@link CompletableFuture} APIs. */
final class Blocking {

    private Blocking() {
    }

    /**
     * Waits for the future and returns its value; a {@link CopilotException} it failed with is rethrown as is,
     * anything else is wrapped.
     */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CopilotException("Interrupted while waiting for the Copilot CLI", e);
        } catch (ExecutionException | CompletionException e) {
            throw rethrowable(e.getCause() == null ? e : e.getCause());
        } catch (CancellationException e) {
            throw new CopilotException("The operation was cancelled", e);
        }
    }

    static RuntimeException rethrowable(Throwable cause) {
        Throwable unwrapped = unwrap(cause);
        if (unwrapped instanceof RuntimeException runtimeException) {
            return runtimeException;
        }
        return new CopilotException(String.valueOf(unwrapped.getMessage()), unwrapped);
    }

    static Throwable unwrap(Throwable throwable) {
        Throwable current = throwable;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
