package io.github.copilot4j.permission;

import io.github.copilot4j.internal.util.Checks;
import tools.jackson.databind.JsonNode;

/**
 * A permission request of the CLI.
 *
 * @param sessionId the session asking
 * @param request the CLI's {@code permissionRequest} object; its {@code kind} says what is asked (for example
 *     {@code shell}, {@code write}, {@code mcp}, {@code custom-tool})
 * @param managedSettingsEnabled whether the session runs under enterprise managed settings
 */
public record PermissionRequestContext(String sessionId, JsonNode request, boolean managedSettingsEnabled) {

    public PermissionRequestContext {
        Checks.nonBlank(sessionId, "sessionId");
        Checks.required(request, "request");
        request = request.deepCopy();
    }

    /** The {@code kind} of the request, or an empty string if the CLI sent none. */
    public String kind() {
        return request.path("kind").asString("");
    }
}
