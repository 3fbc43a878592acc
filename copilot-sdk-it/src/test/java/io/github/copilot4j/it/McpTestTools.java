package io.github.copilot4j.it;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tools of the MCP servers the integration tests start, built with the official MCP Java SDK: {@code forecast}
 * answers {@code "Forecast for <city> from <origin>: sunny"} and {@code alerts} answers
 * {@code "No alerts for <city> from <origin>"}, where the origin names the server's transport.
 */
final class McpTestTools {

    static final McpJsonMapper JSON = new JacksonMcpJsonMapper(JsonMapper.builder().build());

    private static final String CITY_SCHEMA = """
            {"type":"object","properties":{"city":{"type":"string","description":"The city"}},"required":["city"]}
            """;

    private McpTestTools() {
    }

    /** A synchronous MCP server with both tools on a stdio-like transport. */
    static McpSyncServer serve(McpServerTransportProvider transport, String origin) {
        return build(McpServer.sync(transport), origin);
    }

    /** A synchronous MCP server with both tools on a streamable HTTP transport. */
    static McpSyncServer serve(McpStreamableServerTransportProvider transport, String origin) {
        return build(McpServer.sync(transport), origin);
    }

    private static McpSyncServer build(McpServer.SyncSpecification<?> specification, String origin) {
        return specification.jsonMapper(JSON).serverInfo("weather-" + origin, "1.0.0")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(tools(origin))
                .build();
    }

    static String forecast(String city, String origin) {
        return "Forecast for " + city + " from " + origin + ": sunny";
    }

    private static List<SyncToolSpecification> tools(String origin) {
        return List.of(
                tool("forecast", "Returns the weather forecast for a city",
                        city -> forecast(city, origin)),
                tool("alerts", "Returns the weather alerts for a city",
                        city -> "No alerts for " + city + " from " + origin));
    }

    private static SyncToolSpecification tool(String name, String description,
            Function<String, String> answer) {
        McpSchema.Tool tool = McpSchema.Tool.builder().name(name).description(description)
                .inputSchema(JSON, CITY_SCHEMA).build();
        return SyncToolSpecification.builder().tool(tool).callHandler((exchange, request) -> {
            Object city = request.arguments() == null ? null : request.arguments().get("city");
            return McpSchema.CallToolResult.builder().addTextContent(answer.apply(String.valueOf(city)))
                    .isError(false).build();
        }).build();
    }
}
