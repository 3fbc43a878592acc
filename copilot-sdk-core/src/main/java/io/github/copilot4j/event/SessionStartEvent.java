package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code session.start}: the session was created; the first event of every session.
 *
 * @param envelope the fields every event carries
 * @param sessionId the session's identifier
 * @param version the schema version of the event format
 * @param producer the software producing the events, e.g. {@code copilot-agent}
 * @param copilotVersion the version of the Copilot CLI
 * @param startTime when the session was created, as an ISO 8601 string
 * @param selectedModel the model selected at creation, if any
 * @param reasoningEffort the reasoning effort used for model calls, if any
 * @param context the working directory and git context ({@code cwd}, {@code branch}, {@code repository}, …), if known
 * @param alreadyInUse whether another client was already using the session
 * @param remoteSteerable whether the session supports remote steering
 */
public record SessionStartEvent(
        EventEnvelope envelope,
        String sessionId,
        long version,
        String producer,
        String copilotVersion,
        String startTime,
        @Nullable String selectedModel,
        @Nullable String reasoningEffort,
        @Nullable JsonNode context,
        @Nullable Boolean alreadyInUse,
        @Nullable Boolean remoteSteerable) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "session.start";

    @Override
    public String type() {
        return TYPE;
    }
}
