package io.github.copilot4j.permission;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Permission to call a tool of an MCP server (kind {@code mcp}).
 *
 * @param toolCallId the tool call, or null
 * @param serverName the MCP server's configured name
 * @param toolName the tool's name as offered to the model: {@code <server>-<tool>}
 * @param toolTitle the tool's human-readable title; its name on the server when it declares no title
 * @param readOnly whether the tool declares itself free of side effects
 * @param args the arguments of the call, or null
 * @param approvalRecommended whether the CLI vouches for the request's origin and recommends approving it (advisory)
 * @param raw the request as the CLI sent it
 */
public record McpPermissionRequest(
        @Nullable String toolCallId,
        String serverName,
        String toolName,
        String toolTitle,
        boolean readOnly,
        @Nullable JsonNode args,
        boolean approvalRecommended,
        JsonNode raw) implements PermissionRequest {

    /** The wire kind. */
    public static final String KIND = "mcp";

    public McpPermissionRequest {
        Checks.required(serverName, "serverName");
        Checks.required(toolName, "toolName");
        Checks.required(toolTitle, "toolTitle");
        args = args == null ? null : args.deepCopy();
        raw = Checks.required(raw, "raw").deepCopy();
    }

    @Override
    public String kind() {
        return KIND;
    }
}
