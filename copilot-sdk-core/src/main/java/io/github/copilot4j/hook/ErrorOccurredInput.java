package io.github.copilot4j.hook;

import java.time.Instant;

/**
 * Input of the {@code errorOccurred} hook, raised when a model call, tool execution or the CLI itself fails.
 *
 * @param sessionId the id of the session that raised the hook
 * @param timestamp when the hook was raised
 * @param workingDirectory the session's working directory
 * @param error the error
 * @param errorContext where it happened: {@code model_call}, {@code tool_execution}, {@code system} or
 *     {@code user_input}
 * @param recoverable whether the CLI could retry
 */
public record ErrorOccurredInput(
        String sessionId,
        Instant timestamp,
        String workingDirectory,
        HookError error,
        String errorContext,
        boolean recoverable) implements HookInput {
}
