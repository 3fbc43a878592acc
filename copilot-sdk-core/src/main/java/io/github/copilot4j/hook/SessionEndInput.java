package io.github.copilot4j.hook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Input of the {@code sessionEnd} hook, raised when the session shuts down.
 *
 * @param sessionId the id of the session that raised the hook
 * @param timestamp when the hook was raised
 * @param workingDirectory the session's working directory
 * @param reason why: {@code complete}, {@code error}, {@code abort}, {@code timeout} or {@code user_exit}
 * @param finalMessage the last assistant message, when the CLI sends one
 * @param error the error that ended the session, when there was one
 */
public record SessionEndInput(
        String sessionId,
        Instant timestamp,
        String workingDirectory,
        String reason,
        @Nullable String finalMessage,
        @Nullable HookError error) implements HookInput {
}
