package io.github.copilot4j.hook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Input of the {@code postToolUseFailure} hook, raised after a tool returned a failure.
 *
 * @param sessionId the id of the session that raised the hook
 * @param timestamp when the hook was raised
 * @param workingDirectory the session's working directory
 * @param toolName the tool that failed
 * @param toolArgs the arguments it ran with; null when there were none
 * @param error the failure message taken from the tool's result
 */
public record PostToolUseFailureInput(
        String sessionId,
        Instant timestamp,
        String workingDirectory,
        String toolName,
        @Nullable JsonNode toolArgs,
        String error) implements HookInput {
}
