package io.github.copilot4j.it.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stdio MCP server the CLI starts as a child process, standing in for the upstream suites' Node test servers. One
 * of three personalities, chosen by the first argument:
 * <ul>
 *   <li>{@code env-echo}: tool {@code get_env(name)} returns that environment variable of this process;</li>
 *   <li>{@code meta-echo}: tool {@code echo_meta(value)} returns {@code {"meta":<the call's _meta without the
 *       protocol's own keys, or null>,"value":<value>}};</li>
 *   <li>{@code elicitation <config.json>}: tool {@code request_user_input} sends each elicitation request of the
 *       config file to the client (stopping at the first that is not accepted) and returns
 *       {@code {"results":[{"action":…,"content":…}]}}.</li>
 * </ul>
 * Messages are JSON-RPC 2.0, one per line.
 */
public final class StdioMcpTestServer {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> PROTOCOL_META_KEYS = Set.of("progressToken", "traceparent", "tracestate");

    private final String personality;
    private final List<JsonNode> elicitations;
    private final PrintStream out;
    private final Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger requestIds = new AtomicInteger();

    private StdioMcpTestServer(String personality, List<JsonNode> elicitations, PrintStream out) {
        this.personality = personality;
        this.elicitations = elicitations;
        this.out = out;
    }

    /** Serves stdin and stdout until stdin ends. */
    public static void main(String[] args) throws IOException {
        String personality = args.length > 0 ? args[0] : "env-echo";
        List<JsonNode> elicitations = new ArrayList<>();
        if (personality.equals("elicitation")) {
            JSON.readTree(Files.readString(Path.of(args[1]))).values().forEach(elicitations::add);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        StdioMcpTestServer server = new StdioMcpTestServer(personality, elicitations, out);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isBlank()) {
                server.receive(JSON.readTree(line));
            }
        }
    }

    private void receive(JsonNode message) {
        JsonNode id = message.get("id");
        String method = message.path("method").asString("");
        if (method.isEmpty()) {
            CompletableFuture<JsonNode> answer = id == null ? null : pending.remove(id.asString());
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        if (id == null) {
            return;
        }
        if (!method.equals("tools/call")) {
            answer(id, method, message.path("params"));
            return;
        }
        Thread worker = new Thread(() -> answer(id, method, message.path("params")), "mcp-tool-call");
        worker.setDaemon(true);
        worker.start();
    }

    private void answer(JsonNode id, String method, JsonNode params) {
        ObjectNode response = JSON.createObjectNode().put("jsonrpc", "2.0");
        response.set("id", id);
        try {
            response.set("result", switch (method) {
                case "initialize" -> initialize(params);
                case "tools/list" -> tools();
                case "tools/call" -> call(params);
                default -> JSON.createObjectNode();
            });
        } catch (Exception e) {
            response.putObject("error").put("code", -32603).put("message", String.valueOf(e.getMessage()));
        }
        send(response);
    }

    private ObjectNode initialize(JsonNode params) {
        ObjectNode result = JSON.createObjectNode()
                .put("protocolVersion", params.path("protocolVersion").asString("2025-06-18"));
        result.putObject("capabilities").putObject("tools");
        result.putObject("serverInfo").put("name", serverName()).put("version", "1.0.0");
        return result;
    }

    private String serverName() {
        return switch (personality) {
            case "meta-echo" -> "meta-echo";
            case "elicitation" -> "test-elicitation-server";
            default -> "env-echo";
        };
    }

    private ObjectNode tools() {
        ObjectNode result = JSON.createObjectNode();
        ArrayNode tools = result.putArray("tools");
        switch (personality) {
            case "meta-echo" -> tool(tools, "echo_meta", "Echoes the value and the _meta received in the request.",
                    "value", "A value to echo back");
            case "elicitation" -> tools.addObject().put("name", "request_user_input")
                    .put("description", "Request structured input from the user via an elicitation form")
                    .putObject("inputSchema").put("type", "object").putObject("properties");
            default -> tool(tools, "get_env", "Returns the value of the specified environment variable.", "name",
                    "Environment variable name");
        }
        return result;
    }

    private static void tool(ArrayNode tools, String name, String description, String argument,
            String argumentDescription) {
        ObjectNode schema = tools.addObject().put("name", name).put("description", description)
                .putObject("inputSchema").put("type", "object");
        schema.putObject("properties").putObject(argument).put("type", "string")
                .put("description", argumentDescription);
        schema.putArray("required").add(argument);
    }

    private ObjectNode call(JsonNode params) throws Exception {
        JsonNode arguments = params.path("arguments");
        String text = switch (personality) {
            case "meta-echo" -> {
                ObjectNode meta = JSON.createObjectNode();
                params.path("_meta").properties().forEach(entry -> {
                    if (!PROTOCOL_META_KEYS.contains(entry.getKey())) {
                        meta.set(entry.getKey(), entry.getValue());
                    }
                });
                ObjectNode echo = JSON.createObjectNode();
                if (meta.isEmpty()) {
                    echo.putNull("meta");
                } else {
                    echo.set("meta", meta);
                }
                yield JSON.writeValueAsString(echo.put("value", arguments.path("value").asString("")));
            }
            case "elicitation" -> JSON.writeValueAsString(elicit());
            default -> {
                String value = System.getenv(arguments.path("name").asString(""));
                yield value == null ? "" : value;
            }
        };
        ObjectNode result = JSON.createObjectNode();
        result.putArray("content").addObject().put("type", "text").put("text", text);
        return result;
    }

    private ObjectNode elicit() throws Exception {
        ObjectNode results = JSON.createObjectNode();
        ArrayNode list = results.putArray("results");
        for (JsonNode elicitation : elicitations) {
            String id = "elicitation-" + requestIds.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(id, answer);
            ObjectNode request = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id)
                    .put("method", "elicitation/create");
            request.set("params", elicitation);
            send(request);
            JsonNode result = answer.get(60, TimeUnit.SECONDS).path("result");
            ObjectNode entry = list.addObject().put("action", result.path("action").asString(""));
            entry.set("content", result.get("content"));
            if (!result.path("action").asString("").equals("accept")) {
                break;
            }
        }
        return results;
    }

    private void send(ObjectNode message) {
        String line = JSON.writeValueAsString(message);
        synchronized (out) {
            out.println(line);
        }
    }
}
