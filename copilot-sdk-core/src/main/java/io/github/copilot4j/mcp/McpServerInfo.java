package io.github.copilot4j.mcp;

import org.jspecify.annotations.Nullable;

/**
 * An MCP server configured for a session, as {@link io.github.copilot4j.CopilotSession#listMcpServers()} reports it.
 *
 * @param name the server's name (its configuration key)
 * @param status its connection status on the wire: {@code connected}, {@code failed}, {@code needs-auth},
 *     {@code pending}, {@code disabled}, {@code stopped} or {@code not_configured}
 * @param source where it is configured ({@code user}, {@code workspace}, {@code plugin}, {@code builtin},
 *     {@code managed}, {@code account}), or null when the CLI does not say
 * @param url the configured URL of an HTTP or SSE server, or null
 * @param error why it failed to connect, or null
 */
public record McpServerInfo(String name, String status, @Nullable String source, @Nullable String url,
        @Nullable String error) {

    /** Whether the server is connected and its tools are available. */
    public boolean isConnected() {
        return "connected".equals(status);
    }
}
