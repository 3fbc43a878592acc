package io.github.copilot4j;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored session ({@code session.list}, {@code session.getMetadata}).
 *
 * @param sessionId the session id
 * @param startTime when the session started
 * @param modifiedTime when it last changed
 * @param summary the CLI's summary, when it made one
 * @param remote whether it is a remote session
 * @param context where it ran, when known
 */
public record SessionMetadata(String sessionId, Instant startTime, Instant modifiedTime, @Nullable String summary,
        boolean remote, @Nullable SessionContext context) {
}
