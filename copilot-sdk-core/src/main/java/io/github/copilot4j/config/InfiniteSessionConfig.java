package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Automatic context compaction and workspace persistence. Unset values keep the CLI's defaults (enabled, 0.80,
 * 0.95).
 *
 * @param enabled whether infinite sessions are on
 * @param backgroundCompactionThreshold context use (0.0 to 1.0) at which compaction starts in the background
 * @param bufferExhaustionThreshold context use (0.0 to 1.0) at which the session waits for compaction to finish
 */
public record InfiniteSessionConfig(
        @Nullable Boolean enabled,
        @Nullable Double backgroundCompactionThreshold,
        @Nullable Double bufferExhaustionThreshold) {

    public InfiniteSessionConfig {
        Checks.fractionOrNull(backgroundCompactionThreshold, "InfiniteSessionConfig.backgroundCompactionThreshold");
        Checks.fractionOrNull(bufferExhaustionThreshold, "InfiniteSessionConfig.bufferExhaustionThreshold");
    }

    /** Infinite sessions switched off. */
    public static InfiniteSessionConfig disabled() {
        return new InfiniteSessionConfig(false, null, null);
    }
}
