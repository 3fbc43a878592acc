package io.github.copilot4j.internal.wire;

import io.github.copilot4j.mcp.McpServerInfo;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Wire forms of the {@code session.mcp.*} results. */
public final class McpWire {

    private McpWire() {
    }

    /**
     * {@code session.mcp.list} result: its {@code servers}.
     *
     * @throws IllegalArgumentException when a field has the wrong JSON type
     */
    public static List<McpServerInfo> servers(JsonNode result) {
        return new EventDataReader(result, "result").objects("servers", server -> new McpServerInfo(
                server.text("name"), server.text("status"), server.optionalText("source"),
                server.optionalText("url"), server.optionalText("error")));
    }
}
