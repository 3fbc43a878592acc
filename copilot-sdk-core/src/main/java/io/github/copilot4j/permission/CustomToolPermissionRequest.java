package io.github.copilot4j.permission;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Permission to call a custom tool registered by a client (kind {@code custom-tool}).
 *
 * @param toolCallId the tool call, or null
 * @param toolName the tool's name
 * @param toolDescription the tool's description
 * @param args the arguments of the call, or null
 * @param raw the request as the CLI sent it
 */
public record CustomToolPermissionRequest(
        @Nullable String toolCallId,
        String toolName,
        String toolDescription,
        @Nullable JsonNode args,
        JsonNode raw) implements PermissionRequest {

    /** The wire kind. */
    public static final String KIND = "custom-tool";

    public CustomToolPermissionRequest {
        Checks.required(toolName, "toolName");
        Checks.required(toolDescription, "toolDescription");
        args = args == null ? null : args.deepCopy();
        raw = Checks.required(raw, "raw").deepCopy();
    }

    @Override
    public String kind() {
        return KIND;
    }
}
