package io.github.copilot4j.hook;

import java.time.Instant;

/**
 * Input of the {@code userPromptSubmitted} hook, raised when a prompt is sent, before the CLI decorates it.
 *
 * @param sessionId the id of the session that raised the hook
 * @param timestamp when the hook was raised
 * @param workingDirectory the session's working directory
 * @param prompt the prompt as sent
 */
public record UserPromptSubmittedInput(
        String sessionId,
        Instant timestamp,
        String workingDirectory,
        String prompt) implements HookInput {
}
