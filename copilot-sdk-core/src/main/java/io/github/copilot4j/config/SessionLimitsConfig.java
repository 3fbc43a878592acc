package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Limits of the session's current accounting window. Experimental in the CLI.
 *
 * @param maxAiCredits the most AI credits the session may use, or null for no limit
 */
public record SessionLimitsConfig(@Nullable Double maxAiCredits) {

    public SessionLimitsConfig {
        Checks.nonNegativeOrNull(maxAiCredits, "SessionLimitsConfig.maxAiCredits");
    }
}
