package io.github.copilot4j;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link CopilotClient} restarts a CLI that died after it was connected: up to {@code maxAttempts} attempts,
 * the first after {@code initialBackoff}, each later one after twice the previous wait, at most
 * {@code maxBackoff}. After a successful restart every open session is resumed and re-bound to the new connection.
 * A start that fails from the beginning is never retried: {@link CopilotClient#start()} reports it at once.
 *
 * @param maxAttempts how many times to try to start the CLI again, at least 1
 * @param initialBackoff the wait before the first attempt, zero or positive
 * @param maxBackoff the longest wait between two attempts, at least {@code initialBackoff}
 */
public record RestartPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    /** The number of attempts of {@link #defaults()}. */
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    /** The first wait of {@link #defaults()}. */
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);
    /** The longest wait of {@link #defaults()}. */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);

    public RestartPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("RestartPolicy.maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "RestartPolicy.initialBackoff");
        Objects.requireNonNull(maxBackoff, "RestartPolicy.maxBackoff");
        if (initialBackoff.isNegative()) {
            throw new IllegalArgumentException("RestartPolicy.initialBackoff must not be negative, was "
                    + initialBackoff);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("RestartPolicy.maxBackoff must be at least initialBackoff ("
                    + initialBackoff + "), was " + maxBackoff);
        }
    }

    /** {@value #DEFAULT_MAX_ATTEMPTS} attempts, waiting 0.5 s, 1 s, 2 s, … up to 30 s. */
    public static RestartPolicy defaults() {
        return new RestartPolicy(DEFAULT_MAX_ATTEMPTS, DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_BACKOFF);
    }

    /**
     * The wait before an attempt: {@code initialBackoff} doubled {@code attempt - 1} times, at most
     * {@code maxBackoff}.
     *
     * @param attempt the attempt, from 1
     */
    public Duration backoff(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
        }
        Duration wait = initialBackoff;
        for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
