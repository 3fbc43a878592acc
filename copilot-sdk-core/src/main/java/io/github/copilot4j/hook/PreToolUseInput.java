package io.github.copilot4j.hook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Input of the {@code preToolUse} hook, raised before a tool runs (built-in, custom or MCP).
 *
 * @param sessionId the id of the session that raised the hook
 * @param timestamp when the hook was raised
 * @param workingDirectory the session's working directory
 * @param toolName the tool about to run
 * @param toolArgs the arguments the model passed, usually an object; null when there are none
 */
public record PreToolUseInput(
        String sessionId,
        Instant timestamp,
        String workingDirectory,
        String toolName,
        @Nullable JsonNode toolArgs) implements HookInput {
}
