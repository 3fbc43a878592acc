package io.github.copilot4j.mcp;

/**
 * Acquires OAuth tokens for MCP servers. When set, the session registers interest in {@code mcp.oauth_required}
 * events and answers them with this handler's result. Runs on the client's executor and may block; throwing, or
 * returning null, cancels the request.
 */
@FunctionalInterface
public interface McpAuthHandler {

    /** Returns a token or cancellation for one request. */
    McpAuthResult handle(McpAuthRequest request) throws Exception;
}
