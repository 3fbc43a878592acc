package io.github.copilot4j;

import io.github.copilot4j.internal.rpc.FrameReader;
import io.github.copilot4j.internal.rpc.FrameWriter;
import io.github.copilot4j.internal.wire.WireJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON-RPC peer on a loopback port that plays the CLI for one connection: each request is answered by a function
 * of its method and params (a {@code null} answer leaves the request pending), and every request is recorded.
 */
final class FakeCliPeer implements AutoCloseable {

    private final ServerSocket serverSocket;
    private final Function<JsonNode, @Nullable JsonNode> responder;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<JsonNode> responses = new CopyOnWriteArrayList<>();
    private volatile @Nullable Socket socket;
    private volatile @Nullable FrameWriter writer;

    FakeCliPeer(Function<JsonNode, @Nullable JsonNode> responder) throws IOException {
        this.serverSocket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        this.responder = responder;
        Thread thread = new Thread(this::serve, "fake-cli-peer");
        thread.setDaemon(true);
        thread.start();
    }

    /** A result message for a request. */
    static JsonNode result(JsonNode request, JsonNode result) {
        ObjectNode response = WireJson.object().put("jsonrpc", "2.0");
        response.set("id", request.get("id"));
        response.set("result", result);
        return response;
    }

    /** An error message for a request. */
    static JsonNode error(JsonNode request, int code, String message) {
        ObjectNode response = WireJson.object().put("jsonrpc", "2.0");
        response.set("id", request.get("id"));
        response.set("error", WireJson.object().put("code", code).put("message", message));
        return response;
    }

    String url() {
        return "127.0.0.1:" + serverSocket.getLocalPort();
    }

    List<JsonNode> requests() {
        return requests;
    }

    /** The answers written so far, each recorded once it is on the wire. */
    List<JsonNode> responses() {
        return responses;
    }

    /** Sends a {@code session.event} notification for the session, as the CLI streams events. */
    void sendEvent(String sessionId, String type, JsonNode data) throws IOException {
        ObjectNode event = WireJson.object().put("type", type).put("id", java.util.UUID.randomUUID().toString())
                .put("timestamp", java.time.Instant.now().toString());
        event.set("data", data);
        ObjectNode params = WireJson.object().put("sessionId", sessionId);
        params.set("event", event);
        ObjectNode notification = WireJson.object().put("jsonrpc", "2.0").put("method", "session.event");
        notification.set("params", params);
        FrameWriter current = java.util.Objects.requireNonNull(writer, "no client connected");
        current.write(WireJson.MAPPER.writeValueAsBytes(notification));
    }

    /** Sends any message, as the CLI would. */
    void send(JsonNode message) throws IOException {
        FrameWriter current = java.util.Objects.requireNonNull(writer, "no client connected");
        current.write(WireJson.MAPPER.writeValueAsBytes(message));
    }

    /** Drops the connection, as a crashing CLI would. */
    void disconnect() throws IOException {
        Socket current = socket;
        if (current != null) {
            current.close();
        }
    }

    private void serve() {
        try (Socket accepted = serverSocket.accept()) {
            socket = accepted;
            FrameReader reader = new FrameReader(accepted.getInputStream(), 1 << 20);
            FrameWriter frameWriter = new FrameWriter(accepted.getOutputStream());
            writer = frameWriter;
            byte[] frame;
            while ((frame = reader.readFrame()) != null) {
                JsonNode request = WireJson.MAPPER.readTree(new String(frame, StandardCharsets.UTF_8));
                requests.add(request);
                JsonNode response = responder.apply(request);
                if (response != null) {
                    frameWriter.write(WireJson.MAPPER.writeValueAsBytes(response));
                    responses.add(response);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client or the test closed the connection
        }
    }

    @Override
    public void close() throws IOException {
        disconnect();
        serverSocket.close();
    }
}
