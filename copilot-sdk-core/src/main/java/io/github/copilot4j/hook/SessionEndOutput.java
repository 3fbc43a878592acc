package io.github.copilot4j.hook;

import io.github.copilot4j.internal.util.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Output of the {@code sessionEnd} hook.
 *
 * @param suppressOutput whether to hide the session end from the log, or null
 * @param cleanupActions cleanup steps for the CLI to report, or null
 * @param sessionSummary a summary of the session, or null
 */
public record SessionEndOutput(
        @Nullable Boolean suppressOutput,
        @Nullable List<String> cleanupActions,
        @Nullable String sessionSummary) implements HookOutput {

    public SessionEndOutput {
        cleanupActions = Checks.listOrNull(cleanupActions, "SessionEndOutput.cleanupActions");
    }

    /** Reports {@code summary} as the session's summary. */
    public static SessionEndOutput summary(String summary) {
        return new SessionEndOutput(null, null, Checks.required(summary, "SessionEndOutput.sessionSummary"));
    }
}
