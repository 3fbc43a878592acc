package io.github.copilot4j.hook;

import java.time.Instant;

/**
 * Input of the {@code userPromptTransformed} hook, raised after the CLI decorated the prompt (with the current date
 * and time, for example) and before the model sees it.
 *
 * @param sessionId the id of the session that raised the hook
 * @param timestamp when the hook was raised
 * @param workingDirectory the session's working directory
 * @param prompt the prompt as submitted, after the {@code userPromptSubmitted} hook
 * @param transformedPrompt the decorated prompt the model would see
 */
public record UserPromptTransformedInput(
        String sessionId,
        Instant timestamp,
        String workingDirectory,
        String prompt,
        String transformedPrompt) implements HookInput {
}
