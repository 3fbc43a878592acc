package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Automatic context compaction and workspace persistence. Unset values keep the CLI's defaults (enabled, 0.80,
 * 0.95). Thresholds go with enabled infinite sessions only: the CLI compacts at thresholds it is given even when
 * {@code enabled} is false, so that combination is rejected.
 *
 * @param enabled whether infinite sessions are on, or null for the CLI's default (on)
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
        if (Boolean.FALSE.equals(enabled) && (backgroundCompactionThreshold != null
                || bufferExhaustionThreshold != null)) {
            throw new IllegalArgumentException("InfiniteSessionConfig thresholds must be null when enabled is false:"
                    + " the CLI would still compact at them");
        }
    }

    /** Infinite sessions switched off. */
    public static InfiniteSessionConfig disabled() {
        return new InfiniteSessionConfig(false, null, null);
    }
}
