package io.github.copilot4j.permission;

import io.github.copilot4j.internal.util.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An extension asks for access to permission-gated capabilities (kind {@code extension-permission-access}).
 *
 * @param toolCallId the tool call, or null
 * @param extensionName the extension
 * @param capabilities the capabilities it asks for
 * @param raw the request as the CLI sent it
 */
public record ExtensionCapabilityPermissionRequest(
        @Nullable String toolCallId,
        String extensionName,
        List<String> capabilities,
        JsonNode raw) implements PermissionRequest {

    /** The wire kind. */
    public static final String KIND = "extension-permission-access";

    public ExtensionCapabilityPermissionRequest {
        Checks.required(extensionName, "extensionName");
        capabilities = Checks.list(capabilities, "capabilities");
        raw = Checks.required(raw, "raw").deepCopy();
    }

    @Override
    public String kind() {
        return KIND;
    }
}
