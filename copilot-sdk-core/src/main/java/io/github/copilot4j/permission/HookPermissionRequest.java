package io.github.copilot4j.permission;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A hook asks for confirmation before a tool call proceeds (kind {@code hook}).
 *
 * @param toolCallId the tool call the hook gates, or null
 * @param toolName the tool the hook gates
 * @param toolArgs the arguments of the gated call, or null
 * @param hookMessage why the hook asks, or null
 * @param raw the request as the CLI sent it
 */
public record HookPermissionRequest(
        @Nullable String toolCallId,
        String toolName,
        @Nullable JsonNode toolArgs,
        @Nullable String hookMessage,
        JsonNode raw) implements PermissionRequest {

    /** The wire kind. */
    public static final String KIND = "hook";

    public HookPermissionRequest {
        Checks.required(toolName, "toolName");
        toolArgs = toolArgs == null ? null : toolArgs.deepCopy();
        raw = Checks.required(raw, "raw").deepCopy();
    }

    @Override
    public String kind() {
        return KIND;
    }
}
