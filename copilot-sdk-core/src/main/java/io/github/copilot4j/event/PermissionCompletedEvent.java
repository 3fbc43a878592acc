package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code permission.completed}: a permission request was resolved.
 *
 * @param envelope the fields every event carries
 * @param requestId the resolved request
 * @param result the decision, an object with a {@code kind} such as {@code approve-once} or {@code reject}
 * @param toolCallId the tool call the request was about, if any
 */
public record PermissionCompletedEvent(
        EventEnvelope envelope,
        String requestId,
        JsonNode result,
        @Nullable String toolCallId) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "permission.completed";

    @Override
    public String type() {
        return TYPE;
    }
}
