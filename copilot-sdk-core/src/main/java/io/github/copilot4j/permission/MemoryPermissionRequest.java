package io.github.copilot4j.permission;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Permission to store a fact in long-term memory, or to vote on a stored one (kind {@code memory}).
 *
 * @param toolCallId the tool call, or null
 * @param action {@code store} or {@code vote}, or null
 * @param fact the fact stored or voted on
 * @param subject the topic of a stored fact, or null
 * @param citations the sources of a stored fact, or null
 * @param scope where a fact is stored: {@code repository} or {@code user}, or null
 * @param repository the repository ({@code owner/name}) a stored fact belongs to, or null
 * @param direction the vote: {@code upvote} or {@code downvote}, or null
 * @param reason why the vote is cast, or null
 * @param raw the request as the CLI sent it
 */
public record MemoryPermissionRequest(
        @Nullable String toolCallId,
        @Nullable String action,
        String fact,
        @Nullable String subject,
        @Nullable String citations,
        @Nullable String scope,
        @Nullable String repository,
        @Nullable String direction,
        @Nullable String reason,
        JsonNode raw) implements PermissionRequest {

    /** The wire kind. */
    public static final String KIND = "memory";

    public MemoryPermissionRequest {
        Checks.required(fact, "fact");
        raw = Checks.required(raw, "raw").deepCopy();
    }

    @Override
    public String kind() {
        return KIND;
    }
}
