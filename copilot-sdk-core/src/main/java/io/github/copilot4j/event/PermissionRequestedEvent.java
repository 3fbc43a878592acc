package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code permission.requested}: the runtime asks for permission to run a tool. Broadcast to every client of the
 * session; answered with {@code session.permissions.handlePendingPermissionRequest} unless {@code resolvedByHook} is
 * set.
 *
 * @param envelope the fields every event carries
 * @param requestId the request's identifier, used in the answer
 * @param permissionRequest what is asked, an object with a {@code kind} (see {@link #kind()}) and kind-specific fields
 * @param promptRequest the user-facing prompt details, if any
 * @param resolvedByHook whether a permission hook already decided, so no answer is needed ({@code false} when absent)
 */
public record PermissionRequestedEvent(
        EventEnvelope envelope,
        String requestId,
        JsonNode permissionRequest,
        @Nullable JsonNode promptRequest,
        boolean resolvedByHook) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "permission.requested";

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * The permission kind, e.g. {@code shell}, {@code write}, {@code read}, {@code mcp}, {@code url},
     * {@code custom-tool}; empty when the request carries none.
     */
    public String kind() {
        JsonNode kind = permissionRequest.get("kind");
        return kind != null && kind.isString() ? kind.stringValue() : "";
    }
}
