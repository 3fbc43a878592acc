package io.github.copilot4j.bench.jmh;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.internal.rpc.FrameReader;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stands in for the CLI over a loopback socket, so a real {@link CopilotClient} connects to it with {@code cliUrl}:
 * it answers the handshake ({@code connect}, protocol version 3), {@code session.create} and every other request with
 * an empty result, and sends whatever frames the benchmark gives it.
 */
final class FakeCliServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ServerSocket server;
    private volatile Socket socket;
    private volatile OutputStream out;
    private final Object writeLock = new Object();

    private FakeCliServer(ServerSocket server) {
        this.server = server;
        Thread reader = new Thread(this::serve, "fake-cli");
        reader.setDaemon(true);
        reader.start();
    }

    static FakeCliServer start() throws IOException {
        return new FakeCliServer(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
    }

    /** The address for {@code CopilotClientOptions.cliUrl}. */
    String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    /** Writes bytes (whole frames) to the client. */
    void send(byte[] frames) throws IOException {
        synchronized (writeLock) {
            out.write(frames);
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        if (socket != null) {
            socket.close();
        }
    }

    private void serve() {
        try {
            Socket accepted = server.accept();
            accepted.setTcpNoDelay(true);
            out = accepted.getOutputStream();
            socket = accepted;
            FrameReader frames = new FrameReader(accepted.getInputStream(), 64 * 1024 * 1024);
            byte[] frame;
            while ((frame = frames.readFrame()) != null) {
                JsonNode request = JSON.readTree(frame);
                if (request.has("id") && request.has("method")) {
                    send(TurnEvents.frame(JSON.writeValueAsBytes(answer(request))));
                }
            }
        } catch (IOException e) {
            // closed by the benchmark
        }
    }

    private static ObjectNode answer(JsonNode request) {
        ObjectNode response = JSON.createObjectNode().put("jsonrpc", "2.0");
        response.set("id", request.get("id"));
        ObjectNode result = response.putObject("result");
        switch (request.path("method").asString()) {
            case "connect" -> result.put("protocolVersion", 3).put("version", "fake-cli");
            case "session.create" -> result.put("sessionId", request.path("params").path("sessionId").asString());
            default -> {
                // an empty result acknowledges it
            }
        }
        return response;
    }
}
