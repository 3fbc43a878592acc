package io.github.copilot4j.mcp;

import io.github.copilot4j.internal.util.Checks;
import tools.jackson.databind.JsonNode;

/**
 * An MCP server needs an OAuth token.
 *
 * @param sessionId the session whose MCP server asks
 * @param serverName the configured name of the MCP server
 * @param serverUrl the URL of the MCP server
 * @param reason why a token is needed: {@code initial}, {@code refresh}, {@code reauth} or {@code upscope}
 * @param details the complete request as sent by the CLI (including {@code wwwAuthenticateParams},
 *     {@code resourceMetadata} and {@code staticClientConfig} when present)
 */
public record McpAuthRequest(String sessionId, String serverName, String serverUrl, String reason, JsonNode details) {

    public McpAuthRequest {
        Checks.nonBlank(sessionId, "sessionId");
        Checks.nonBlank(serverName, "serverName");
        Checks.required(serverUrl, "serverUrl");
        Checks.required(reason, "reason");
        details = Checks.required(details, "details").deepCopy();
    }
}
