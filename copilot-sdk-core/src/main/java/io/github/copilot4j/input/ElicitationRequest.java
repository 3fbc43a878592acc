package io.github.copilot4j.input;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request for structured input, typically from an MCP server.
 *
 * @param sessionId the session asking
 * @param message what is needed from the user
 * @param requestedSchema the JSON schema of the form, or null
 * @param mode {@code form} or {@code url}, or null
 * @param elicitationSource who asks (for example an MCP server name), or null
 * @param url the page to open in {@code url} mode, or null
 */
public record ElicitationRequest(
        String sessionId,
        String message,
        @Nullable ObjectNode requestedSchema,
        @Nullable String mode,
        @Nullable String elicitationSource,
        @Nullable String url) {

    public ElicitationRequest {
        Checks.nonBlank(sessionId, "sessionId");
        Checks.required(message, "message");
        requestedSchema = requestedSchema == null ? null : requestedSchema.deepCopy();
    }
}
