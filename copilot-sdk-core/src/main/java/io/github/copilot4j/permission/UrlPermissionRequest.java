package io.github.copilot4j.permission;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Permission to fetch a URL (kind {@code url}). Such requests may be approved for the URL's domain with
 * {@link PermissionDecision#approveDomainForSession(String)} or {@link PermissionDecision#approvePermanently(String)}.
 *
 * @param toolCallId the tool call that fetches, or null
 * @param url the URL
 * @param intention why it is fetched
 * @param redirectedFrom the URL that redirected here, or null
 * @param raw the request as the CLI sent it
 */
public record UrlPermissionRequest(
        @Nullable String toolCallId,
        String url,
        String intention,
        @Nullable String redirectedFrom,
        JsonNode raw) implements PermissionRequest {

    /** The wire kind. */
    public static final String KIND = "url";

    public UrlPermissionRequest {
        Checks.required(url, "url");
        Checks.required(intention, "intention");
        raw = Checks.required(raw, "raw").deepCopy();
    }

    @Override
    public String kind() {
        return KIND;
    }
}
