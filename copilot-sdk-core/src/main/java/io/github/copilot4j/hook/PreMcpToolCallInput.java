package io.github.copilot4j.hook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of the {@code preMcpToolCall} hook, raised before the CLI sends a tool call to an MCP server.
 *
 * @param sessionId the id of the session that raised the hook
 * @param timestamp when the hook was raised
 * @param workingDirectory the session's working directory
 * @param toolCallId the model's tool call id, when known
 * @param serverName the MCP server
 * @param toolName the tool on that server
 * @param arguments the call's arguments; null when there are none
 * @param meta the {@code _meta} the request would carry, or null
 */
public record PreMcpToolCallInput(
        String sessionId,
        Instant timestamp,
        String workingDirectory,
        @Nullable String toolCallId,
        String serverName,
        String toolName,
        @Nullable JsonNode arguments,
        @Nullable ObjectNode meta) implements HookInput {
}
