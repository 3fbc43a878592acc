package io.github.copilot4j.testkit;

import com.sun.net.httpserver.HttpExchange;
import io.github.copilot4j.internal.wire.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The HTTP plumbing and Copilot API stubs shared by the {@link ModelServer}s. */
final class ModelServerHttp {

    private ModelServerHttp() {
    }

    /** A pool of {@code maxThreads} daemon threads named after the server and its port, idle ones ending. */
    static ThreadPoolExecutor executor(String serverName, int port, int maxThreads) {
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(maxThreads, maxThreads, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    String name = serverName + "-" + port + "-" + threadNumber.incrementAndGet();
                    Thread thread = new Thread(runnable, name);
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /** Reads the whole request. */
    static RecordedRequest read(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getQuery(), exchange.getRequestHeaders(), body);
    }

    /** Sends {@code body} as the whole {@code application/json} response. */
    static void sendJson(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = WireJson.MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Writes one server-sent event with {@code data} and flushes it. */
    static void writeEvent(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** An OpenAI error body: {@code {"error":{"message","type","code"}}} with {@code code} as type and code. */
    static ObjectNode errorBody(String message, String code) {
        ObjectNode body = WireJson.object();
        body.putObject("error").put("message", message).put("type", code).put("code", code);
        return body;
    }

    /** The Copilot API model catalog ({@code GET /models}) listing {@code models}. */
    static ObjectNode modelCatalog(List<String> models) {
        ObjectNode catalog = WireJson.object();
        ArrayNode data = catalog.putArray("data");
        for (String model : models) {
            ObjectNode entry = data.addObject().put("id", model).put("name", model);
            ObjectNode capabilities = entry.putObject("capabilities");
            capabilities.putObject("supports").put("vision", true);
            capabilities.putObject("limits").put("max_context_window_tokens", 128_000);
        }
        return catalog;
    }

    /**
     * The Copilot user ({@code GET /copilot_internal/user}): an individual plan with MCP enabled, whose API
     * endpoint is {@code baseUrl}, without telemetry.
     */
    static ObjectNode copilotUser(String baseUrl) {
        ObjectNode user = WireJson.object()
                .put("login", "u")
                .put("copilot_plan", "individual_pro")
                .put("is_mcp_enabled", true)
                .put("analytics_tracking_id", "t");
        user.putObject("endpoints").put("api", baseUrl);
        return user;
    }
}
