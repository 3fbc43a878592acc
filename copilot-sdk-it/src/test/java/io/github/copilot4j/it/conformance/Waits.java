package io.github.copilot4j.it.conformance;

import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Polling for things that happen after a call returns, such as an event or a request of the CLI. */
final class Waits {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    private Waits() {
    }

    /** Polls {@code probe} until it returns a value, failing after ten seconds with {@code what} in the message. */
    static <T> T until(String what, Supplier<@Nullable T> probe) {
        return until(what, LIMIT, probe);
    }

    /** Polls {@code probe} until it returns a value, failing after {@code limit} with {@code what} in the message. */
    static <T> T until(String what, Duration limit, Supplier<@Nullable T> probe) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + limit.toMillis() + " ms waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }
}
