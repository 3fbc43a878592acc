package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code elicitation.requested}: structured input is requested from the user, as a form or by opening a URL. Always
 * ephemeral.
 *
 * @param envelope the fields every event carries
 * @param requestId the request's identifier
 * @param message what information is needed
 * @param mode {@code form} or {@code url}, if reported
 * @param requestedSchema the JSON schema of the form (form mode), if any
 * @param elicitationSource the MCP server that asked; absent when the agent asked
 * @param url the URL to open (url mode), if any
 * @param toolCallId the tool call that asked, if any
 */
public record ElicitationRequestedEvent(
        EventEnvelope envelope,
        String requestId,
        String message,
        @Nullable String mode,
        @Nullable JsonNode requestedSchema,
        @Nullable String elicitationSource,
        @Nullable String url,
        @Nullable String toolCallId) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "elicitation.requested";

    @Override
    public String type() {
        return TYPE;
    }
}
