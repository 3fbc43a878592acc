package io.github.copilot4j.hook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Input of the {@code postToolUse} hook, raised after a tool succeeded and before the model sees its result.
 *
 * @param sessionId the id of the session that raised the hook
 * @param timestamp when the hook was raised
 * @param workingDirectory the session's working directory
 * @param toolName the tool that ran
 * @param toolArgs the arguments it ran with; null when there were none
 * @param toolResult its result
 */
public record PostToolUseInput(
        String sessionId,
        Instant timestamp,
        String workingDirectory,
        String toolName,
        @Nullable JsonNode toolArgs,
        HookToolResult toolResult) implements HookInput {
}
