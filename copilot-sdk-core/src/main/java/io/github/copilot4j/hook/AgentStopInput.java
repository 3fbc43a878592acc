package io.github.copilot4j.hook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Input of the {@code agentStop} hook, raised when the agent is about to end its turn.
 *
 * @param sessionId the id of the session that raised the hook
 * @param timestamp when the hook was raised
 * @param workingDirectory the session's working directory
 * @param stopReason why the agent stops, e.g. {@code end_turn}, when the CLI sends it
 * @param transcriptPath the file holding the session's events, when the CLI sends it
 * @param stopHookActive whether the agent is already continuing because a previous {@code agentStop} hook
 *     blocked the stop; a hook should not block again then, or the agent never stops
 */
public record AgentStopInput(
        String sessionId,
        Instant timestamp,
        String workingDirectory,
        @Nullable String stopReason,
        @Nullable String transcriptPath,
        boolean stopHookActive) implements HookInput {
}
