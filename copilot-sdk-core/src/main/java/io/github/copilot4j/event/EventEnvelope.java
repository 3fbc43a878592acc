package io.github.copilot4j.event;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields every session event carries, whatever its type.
 *
 * @param id the event's unique identifier; empty if the CLI sent none
 * @param timestamp when the event was created; {@link Instant#EPOCH} if the CLI sent no valid timestamp
 * @param parentId the identifier of the preceding event of the session; {@code null} for the first one
 * @param ephemeral whether the event is streamed live but neither persisted nor replayed on resume
 * @param agentId the sub-agent that emitted the event; {@code null} for the main agent and session-level events
 */
public record EventEnvelope(
        String id,
        Instant timestamp,
        @Nullable String parentId,
        boolean ephemeral,
        @Nullable String agentId) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
