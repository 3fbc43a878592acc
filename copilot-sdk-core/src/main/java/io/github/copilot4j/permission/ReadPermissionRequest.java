package io.github.copilot4j.permission;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Permission to read a file or directory (kind {@code read}), typically one outside the working directory.
 *
 * @param toolCallId the tool call that reads, or null
 * @param path the file or directory
 * @param intention why it is read
 * @param raw the request as the CLI sent it
 */
public record ReadPermissionRequest(@Nullable String toolCallId, String path, String intention, JsonNode raw)
        implements PermissionRequest {

    /** The wire kind. */
    public static final String KIND = "read";

    public ReadPermissionRequest {
        Checks.required(path, "path");
        Checks.required(intention, "intention");
        raw = Checks.required(raw, "raw").deepCopy();
    }

    @Override
    public String kind() {
        return KIND;
    }
}
