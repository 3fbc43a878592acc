package io.github.copilot4j.permission;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Permission to manage a CLI extension (kind {@code extension-management}).
 *
 * @param toolCallId the tool call, or null
 * @param extensionName the extension, or null
 * @param operation the operation, for example {@code scaffold} or {@code reload}
 * @param raw the request as the CLI sent it
 */
public record ExtensionManagementPermissionRequest(
        @Nullable String toolCallId,
        @Nullable String extensionName,
        String operation,
        JsonNode raw) implements PermissionRequest {

    /** The wire kind. */
    public static final String KIND = "extension-management";

    public ExtensionManagementPermissionRequest {
        Checks.required(operation, "operation");
        raw = Checks.required(raw, "raw").deepCopy();
    }

    @Override
    public String kind() {
        return KIND;
    }
}
