package io.github.copilot4j.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.copilot4j.internal.wire.WireJson;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A streamable-HTTP MCP server on loopback with two tools: {@code whoami} returns {@value #PRINCIPAL};
 * {@code deploy} asks the client for the target environment with an MCP elicitation ({@code elicitation/create}, a
 * form with one string property {@code environment}) and returns {@code "Deploying to <environment>"}, or
 * {@code "Deployment <action>"} when the user declines or cancels. When created with an expected token, every
 * {@code /mcp} request without it is answered with an OAuth {@code WWW-Authenticate} challenge. The
 * {@code Authorization} header of each {@code /mcp} request is recorded.
 */
final class LoopbackMcpServer implements AutoCloseable {

    static final String PRINCIPAL = "oauth-test-user";
    static final String ELICITATION_MESSAGE = "Which environment should I deploy to?";
    private static final String RESOURCE_METADATA_PATH = "/.well-known/oauth-protected-resource";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "loopback-mcp-server");
        thread.setDaemon(true);
        return thread;
    });
    private final @Nullable String expectedToken;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<JsonNode>> pendingElicitations = new ConcurrentHashMap<>();
    private final AtomicInteger elicitationIds = new AtomicInteger();

    /** A server that requires {@code Bearer <expectedToken>}, or no authorization when it is null. */
    LoopbackMcpServer(@Nullable String expectedToken) throws IOException {
        this.expectedToken = expectedToken;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The base URL, without a trailing slash. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The MCP endpoint. */
    String mcpUrl() {
        return baseUrl() + "/mcp";
    }

    /** Where the protected-resource metadata is served. */
    String resourceMetadataUrl() {
        return baseUrl() + RESOURCE_METADATA_PATH;
    }

    /** The {@code Authorization} header of each {@code /mcp} request, {@code "none"} when absent. */
    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.equals(RESOURCE_METADATA_PATH)) {
                ObjectNode metadata = WireJson.object().put("resource", mcpUrl());
                metadata.putArray("authorization_servers").add(baseUrl());
                metadata.putArray("scopes_supported").add("mcp.read");
                metadata.putArray("bearer_methods_supported").add("header");
                respond(exchange, 200, metadata);
                return;
            }
            if (!path.equals("/mcp")) {
                respond(exchange, 404, WireJson.object().put("error", "not_found"));
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(authorization == null ? "none" : authorization);
            if (expectedToken != null && !("Bearer " + expectedToken).equals(authorization)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer resource_metadata=\""
                        + resourceMetadataUrl() + "\", scope=\"mcp.read\", error=\"invalid_token\"");
                respond(exchange, 401, WireJson.object().put("error", "missing_or_invalid_token"));
                return;
            }
            exchange.getResponseHeaders().add("Mcp-Session-Id", "loopback-session");
            JsonNode message = body.isBlank() ? null : WireJson.MAPPER.readTree(body);
            if (!exchange.getRequestMethod().equals("POST") || message == null) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (!message.has("method")) {
                CompletableFuture<JsonNode> elicitation = pendingElicitations.remove(message.path("id").asString(""));
                if (elicitation != null) {
                    elicitation.complete(message);
                }
                exchange.sendResponseHeaders(202, -1);
                return;
            }
            if (!message.has("id")) {
                exchange.sendResponseHeaders(202, -1);
                return;
            }
            if (message.path("method").asString("").equals("tools/call")
                    && message.at("/params/name").asString("").equals("deploy")) {
                deploy(exchange, message);
                return;
            }
            respond(exchange, 200, answer(message));
        }
    }

    /** Streams an {@code elicitation/create} request, waits for the client's answer, then streams the result. */
    private void deploy(HttpExchange exchange, JsonNode call) throws IOException {
        String elicitationId = "elicitation-" + elicitationIds.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pendingElicitations.put(elicitationId, answer);
        ObjectNode request = WireJson.object().put("jsonrpc", "2.0").put("id", elicitationId)
                .put("method", "elicitation/create");
        ObjectNode params = request.putObject("params").put("message", ELICITATION_MESSAGE);
        ObjectNode schema = params.putObject("requestedSchema").put("type", "object");
        schema.putObject("properties").putObject("environment").put("type", "string");
        schema.putArray("required").add("environment");

        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        writeEvent(stream, request);
        String text;
        try {
            JsonNode result = answer.get(60, TimeUnit.SECONDS).path("result");
            String action = result.path("action").asString("");
            text = action.equals("accept")
                    ? "Deploying to " + result.at("/content/environment").asString("?")
                    : "Deployment " + action;
        } catch (Exception e) {
            text = "Deployment failed: " + e;
        }
        writeEvent(stream, toolResult(call, text));
    }

    private static ObjectNode answer(JsonNode request) {
        ObjectNode response = WireJson.object().put("jsonrpc", "2.0");
        response.set("id", request.get("id"));
        switch (request.path("method").asString("")) {
            case "initialize" -> {
                ObjectNode result = response.putObject("result")
                        .put("protocolVersion", request.at("/params/protocolVersion").asString("2025-03-26"));
                result.putObject("capabilities").putObject("tools");
                result.putObject("serverInfo").put("name", "loopback-test-server").put("version", "1.0.0");
            }
            case "tools/list" -> {
                var tools = response.putObject("result").putArray("tools");
                tools.addObject().put("name", "whoami").put("description", "Returns the authenticated principal.")
                        .putObject("inputSchema").put("type", "object").putObject("properties");
                tools.addObject().put("name", "deploy").put("description", "Deploys after asking where to.")
                        .putObject("inputSchema").put("type", "object").putObject("properties");
            }
            case "tools/call" -> {
                return toolResult(request, PRINCIPAL);
            }
            default -> response.putObject("error").put("code", -32601)
                    .put("message", "Method not found: " + request.path("method").asString(""));
        }
        return response;
    }

    private static ObjectNode toolResult(JsonNode call, String text) {
        ObjectNode response = WireJson.object().put("jsonrpc", "2.0");
        response.set("id", call.get("id"));
        response.putObject("result").put("isError", false)
                .putArray("content").addObject().put("type", "text").put("text", text);
        return response;
    }

    private static void writeEvent(OutputStream stream, JsonNode message) throws IOException {
        stream.write(("event: message\ndata: " + message + "\n\n").getBytes(StandardCharsets.UTF_8));
        stream.flush();
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        pendingElicitations.values().forEach(pending -> pending.cancel(true));
        server.stop(0);
        executor.shutdownNow();
    }
}
