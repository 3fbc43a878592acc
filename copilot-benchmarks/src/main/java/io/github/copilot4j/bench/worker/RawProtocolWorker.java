package io.github.copilot4j.bench.worker;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The floor: a minimal client that spawns the CLI, writes JSON-RPC frames and waits for {@code session.idle}, with no
 * SDK logic — no typed events, no listeners, no executors. Its reader thread answers {@code permission.requested}
 * (approve once) and {@code external_tool.requested} (the echoed text) itself, and completes the waiting turn.
 * With {@code --startup} it measures the CLI's first {@code ping} and {@code connect} replies and exits.
 *
 * <p>Usage: {@code RawProtocolWorker <config.json> [--startup]}
 */
public final class RawProtocolWorker {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process cli;
    private final OutputStream toCli;
    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<String, Turn> turns = new ConcurrentHashMap<>();

    private RawProtocolWorker(Process cli) {
        this.cli = cli;
        this.toCli = cli.getOutputStream();
        Thread reader = new Thread(this::readLoop, "raw-reader");
        reader.setDaemon(true);
        reader.start();
        Thread stderr = new Thread(() -> drain(cli.getErrorStream()), "raw-stderr");
        stderr.setDaemon(true);
        stderr.start();
    }

    public static void main(String[] args) throws Exception {
        WorkerConfig config = WorkerConfig.read(Path.of(args[0]));
        boolean startupOnly = args.length > 1 && args[1].equals("--startup");
        long start = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(config.cli().toString()));
        command.addAll(List.of(WorkerConfig.CLI_ARGUMENTS));
        ProcessBuilder builder = new ProcessBuilder(command).directory(config.workDirectory().toFile());
        builder.environment().clear();
        builder.environment().putAll(config.environment());
        RawProtocolWorker worker = new RawProtocolWorker(builder.start());
        try {
            worker.request("ping", JSON.createObjectNode().put("message", "hello")).get(60, TimeUnit.SECONDS);
            double pingMs = WorkerLoop.millisSince(start);
            worker.request("connect", JSON.createObjectNode()).get(60, TimeUnit.SECONDS);
            double connectMs = WorkerLoop.millisSince(start);
            if (startupOnly) {
                WorkerLoop.send(WorkerLoop.answer().put("ok", true).put("pingMs", pingMs).put("connectMs", connectMs));
                return;
            }
            long sessionsStart = System.nanoTime();
            String simpleSession = worker.createSession(config);
            double firstSessionMs = WorkerLoop.millisSince(sessionsStart);
            String toolSession = worker.createSession(config);
            WorkerLoop.send(WorkerLoop.answer().put("ok", true).put("pingMs", pingMs).put("connectMs", connectMs)
                    .put("firstSessionMs", firstSessionMs));
            WorkerLoop.run((name, arguments) -> switch (name) {
                case "turn" -> worker.timedTurn(simpleSession, WorkerConfig.SIMPLE_PROMPT);
                case "tool" -> worker.timedTurn(toolSession, WorkerConfig.TOOL_PROMPT);
                default -> throw new IllegalArgumentException("Unknown command " + name);
            });
        } catch (Exception e) {
            WorkerLoop.sendFailure(e);
        } finally {
            worker.stop();
        }
        System.exit(0);
    }

    private String createSession(WorkerConfig config) throws Exception {
        String sessionId = UUID.randomUUID().toString();
        ObjectNode params = JSON.createObjectNode()
                .put("sessionId", sessionId)
                .put("model", config.model())
                .put("streaming", true)
                .put("requestPermission", true)
                .put("envValueMode", "direct")
                .put("includeSubAgentStreamingEvents", true);
        params.putObject("provider").put("type", "openai").put("baseUrl", config.baseUrl())
                .put("apiKey", config.apiKey());
        params.putArray("tools").addObject()
                .put("name", WorkerConfig.TOOL_NAME)
                .put("description", WorkerConfig.TOOL_DESCRIPTION)
                .set("parameters", JSON.readTree(WorkerConfig.TOOL_SCHEMA));
        request("session.create", params).get(60, TimeUnit.SECONDS);
        return sessionId;
    }

    private ObjectNode timedTurn(String sessionId, String prompt) throws Exception {
        long start = System.nanoTime();
        Turn turn = new Turn();
        turns.put(sessionId, turn);
        request("session.send", JSON.createObjectNode().put("sessionId", sessionId).put("prompt", prompt));
        String content = turn.done.get(60, TimeUnit.SECONDS);
        double ms = WorkerLoop.millisSince(start);
        turns.remove(sessionId);
        return WorkerLoop.answer().put("ms", ms).put("content", content);
    }

    private CompletableFuture<JsonNode> request(String method, ObjectNode params) throws IOException {
        long id = nextId.getAndIncrement();
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        pending.put(id, result);
        ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
        message.set("params", params);
        write(message);
        return result;
    }

    private void write(ObjectNode message) throws IOException {
        byte[] body = JSON.writeValueAsBytes(message);
        byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        synchronized (toCli) {
            toCli.write(header);
            toCli.write(body);
            toCli.flush();
        }
    }

    private void readLoop() {
        try (InputStream in = new BufferedInputStream(cli.getInputStream())) {
            byte[] body;
            while ((body = readFrame(in)) != null) {
                dispatch(JSON.readTree(body));
            }
            failWaiting(new IOException("The CLI closed its output"));
        } catch (Exception e) {
            failWaiting(e);
        }
    }

    private void failWaiting(Exception reason) {
        pending.values().forEach(future -> future.completeExceptionally(reason));
        turns.values().forEach(turn -> turn.done.completeExceptionally(reason));
    }

    /**
     * The floor's framing: the next frame's body, or null at the end of the stream; the only header it reads is
     * {@code Content-Length}, with no checks.
     */
    public static byte @Nullable [] readFrame(InputStream in) throws IOException {
        int length = -1;
        StringBuilder line = new StringBuilder();
        while (true) {
            int next = in.read();
            if (next < 0) {
                return null;
            }
            if (next == '\n') {
                String header = line.toString().strip();
                if (header.isEmpty()) {
                    break;
                }
                if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    length = Integer.parseInt(header.substring(15).strip());
                }
                line.setLength(0);
            } else {
                line.append((char) next);
            }
        }
        return in.readNBytes(length);
    }

    private void dispatch(JsonNode message) throws IOException {
        JsonNode method = message.get("method");
        if (method == null) {
            CompletableFuture<JsonNode> future = pending.remove(message.path("id").asLong());
            if (future != null) {
                if (message.has("error")) {
                    future.completeExceptionally(new IllegalStateException(message.get("error").toString()));
                } else {
                    future.complete(message.path("result"));
                }
            }
            return;
        }
        if (message.has("id")) {
            ObjectNode error = JSON.createObjectNode().put("jsonrpc", "2.0");
            error.set("id", message.get("id"));
            error.putObject("error").put("code", -32601).put("message", "Unhandled method " + method.asString());
            write(error);
            return;
        }
        if (method.asString().equals("session.event")) {
            onEvent(message.path("params").path("sessionId").asString(), message.path("params").path("event"));
        }
    }

    private void onEvent(String sessionId, JsonNode event) throws IOException {
        JsonNode data = event.path("data");
        switch (event.path("type").asString()) {
            case "permission.requested" -> {
                ObjectNode params = JSON.createObjectNode().put("sessionId", sessionId)
                        .put("requestId", data.path("requestId").asString());
                params.putObject("result").put("kind", "approve-once");
                request("session.permissions.handlePendingPermissionRequest", params);
            }
            case "external_tool.requested" -> request("session.tools.handlePendingToolCall",
                    JSON.createObjectNode().put("sessionId", sessionId)
                            .put("requestId", data.path("requestId").asString())
                            .put("result", data.path("arguments").path("text").asString()));
            case "assistant.message" -> {
                Turn turn = turns.get(sessionId);
                if (turn != null && !data.hasNonNull("parentToolCallId")) {
                    turn.lastContent = data.path("content").asString();
                }
            }
            case "session.idle" -> {
                Turn turn = turns.get(sessionId);
                if (turn != null) {
                    turn.done.complete(turn.lastContent);
                }
            }
            case "session.error" -> {
                Turn turn = turns.get(sessionId);
                if (turn != null) {
                    turn.done.completeExceptionally(new IllegalStateException(data.toString()));
                }
            }
            default -> {
                // every other event only shows the turn's progress
            }
        }
    }

    private void stop() throws InterruptedException {
        try {
            toCli.close();
        } catch (IOException ignored) {
            // the CLI is gone already
        }
        if (!cli.waitFor(10, TimeUnit.SECONDS)) {
            cli.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static void drain(InputStream stream) {
        try (stream) {
            stream.transferTo(OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            // the CLI ended
        }
    }

    /** The turn a session is waiting for: its last top-level assistant message, and its end. */
    private static final class Turn {

        final CompletableFuture<String> done = new CompletableFuture<>();
        volatile String lastContent = "";
    }
}
