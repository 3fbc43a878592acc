package io.github.copilot4j.permission;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Permission to write a file (kind {@code write}).
 *
 * @param toolCallId the tool call that writes, or null
 * @param fileName the file to write
 * @param diff the change as a unified diff
 * @param intention what the change is meant to do
 * @param newFileContents the complete contents of a new file, or null
 * @param canOfferSessionApproval whether approving writes for the whole session may be offered
 * @param raw the request as the CLI sent it
 */
public record WritePermissionRequest(
        @Nullable String toolCallId,
        String fileName,
        String diff,
        String intention,
        @Nullable String newFileContents,
        boolean canOfferSessionApproval,
        JsonNode raw) implements PermissionRequest {

    /** The wire kind. */
    public static final String KIND = "write";

    public WritePermissionRequest {
        Checks.required(fileName, "fileName");
        Checks.required(diff, "diff");
        Checks.required(intention, "intention");
        raw = Checks.required(raw, "raw").deepCopy();
    }

    @Override
    public String kind() {
        return KIND;
    }
}
