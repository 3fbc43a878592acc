package io.github.copilot4j.hook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Input of the {@code sessionStart} hook, raised when the session's first prompt starts its agent loop.
 *
 * @param sessionId the id of the session that raised the hook
 * @param timestamp when the hook was raised
 * @param workingDirectory the session's working directory
 * @param source how the session began: {@code new}, {@code startup} or {@code resume}
 * @param initialPrompt the first prompt, when there is one
 */
public record SessionStartInput(
        String sessionId,
        Instant timestamp,
        String workingDirectory,
        String source,
        @Nullable String initialPrompt) implements HookInput {
}
