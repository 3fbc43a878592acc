package io.github.copilot4j.permission;

import io.github.copilot4j.internal.util.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An extension asks to read sensitive environment variables (kind {@code extension-env-access}). Only the names are
 * sent, never the values.
 *
 * @param toolCallId the tool call, or null
 * @param extensionName the extension
 * @param environmentVariables the names of the variables
 * @param raw the request as the CLI sent it
 */
public record ExtensionEnvironmentPermissionRequest(
        @Nullable String toolCallId,
        String extensionName,
        List<String> environmentVariables,
        JsonNode raw) implements PermissionRequest {

    /** The wire kind. */
    public static final String KIND = "extension-env-access";

    public ExtensionEnvironmentPermissionRequest {
        Checks.required(extensionName, "extensionName");
        environmentVariables = Checks.list(environmentVariables, "environmentVariables");
        raw = Checks.required(raw, "raw").deepCopy();
    }

    @Override
    public String kind() {
        return KIND;
    }
}
