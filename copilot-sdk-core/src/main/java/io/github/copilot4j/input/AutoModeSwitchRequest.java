package io.github.copilot4j.input;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * After a rate limit, the CLI offers to switch the session to auto model selection.
 *
 * @param sessionId the session asking
 * @param errorCode the rate-limit error code, or null
 * @param retryAfterSeconds when the limit resets, or null
 */
public record AutoModeSwitchRequest(String sessionId, @Nullable String errorCode, @Nullable Double retryAfterSeconds) {

    public AutoModeSwitchRequest {
        Checks.nonBlank(sessionId, "sessionId");
    }
}
