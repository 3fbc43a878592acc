package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code session.resume}: an existing session was resumed.
 *
 * @param envelope the fields every event carries
 * @param resumeTime when the session was resumed, as an ISO 8601 string
 * @param eventCount the number of persisted events at resume time
 * @param selectedModel the model selected at resume time, if any
 * @param reasoningEffort the reasoning effort used for model calls, if any
 * @param context the working directory and git context, if known
 * @param alreadyInUse whether another client was already using the session
 * @param remoteSteerable whether the session supports remote steering
 * @param continuePendingWork whether tool calls and permission requests left in flight stay pending
 * @param sessionWasActive whether the resume joined work that was already running
 */
public record SessionResumeEvent(
        EventEnvelope envelope,
        String resumeTime,
        long eventCount,
        @Nullable String selectedModel,
        @Nullable String reasoningEffort,
        @Nullable JsonNode context,
        @Nullable Boolean alreadyInUse,
        @Nullable Boolean remoteSteerable,
        @Nullable Boolean continuePendingWork,
        @Nullable Boolean sessionWasActive) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "session.resume";

    @Override
    public String type() {
        return TYPE;
    }
}
