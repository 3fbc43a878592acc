package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code elicitation.completed}: an elicitation request was resolved. Always ephemeral.
 *
 * @param envelope the fields every event carries
 * @param requestId the resolved request
 * @param action {@code accept}, {@code decline} or {@code cancel}, if reported
 * @param content the submitted form data when accepted, if any
 */
public record ElicitationCompletedEvent(
        EventEnvelope envelope,
        String requestId,
        @Nullable String action,
        @Nullable JsonNode content) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "elicitation.completed";

    @Override
    public String type() {
        return TYPE;
    }
}
