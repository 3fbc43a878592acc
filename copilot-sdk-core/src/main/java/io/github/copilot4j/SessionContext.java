package io.github.copilot4j;

import org.jspecify.annotations.Nullable;

/**
 * Where a session ran; also the filter of {@link CopilotClient#listSessions(SessionContext)}, where {@code null}
 * members match anything.
 *
 * @param cwd the working directory
 * @param gitRoot the git repository root
 * @param repository the repository, {@code owner/name}
 * @param branch the branch
 */
public record SessionContext(@Nullable String cwd, @Nullable String gitRoot, @Nullable String repository,
        @Nullable String branch) {

    /** A filter that matches every session. */
    public static final SessionContext ANY = new SessionContext(null, null, null, null);

    /** A filter on the working directory only. */
    public static SessionContext ofWorkingDirectory(String cwd) {
        return new SessionContext(cwd, null, null, null);
    }
}
