package io.github.copilot4j.permission;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A permission request of a kind this SDK does not know, or whose fields do not match its kind; read it from
 * {@link #raw()}.
 *
 * @param kind the kind as sent (empty if the CLI sent none)
 * @param toolCallId the tool call, or null
 * @param raw the request as the CLI sent it
 */
public record UnknownPermissionRequest(String kind, @Nullable String toolCallId, JsonNode raw)
        implements PermissionRequest {

    public UnknownPermissionRequest {
        Checks.required(kind, "kind");
        raw = Checks.required(raw, "raw").deepCopy();
    }
}
