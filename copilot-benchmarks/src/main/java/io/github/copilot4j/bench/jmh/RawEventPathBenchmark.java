package io.github.copilot4j.bench.jmh;

import io.github.copilot4j.bench.worker.RawProtocolWorker;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The floor of {@link EventPathBenchmark}: the same frames over the same kind of loopback socket, read by one thread
 * with the raw floor's framing and parsed into a JSON tree, and counted right there, on the reader thread. No typed
 * events, no session, no hand-off to another thread: what any client must do with the bytes.
 */
@State(Scope.Benchmark)
@Threads(1)
public class RawEventPathBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Deliveries deliveries = new Deliveries();
    private ServerSocket server;
    private Socket client;
    private Socket peer;
    private OutputStream toClient;
    private byte[] batch;
    private byte[] single;

    @Setup
    public void start() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        client.setTcpNoDelay(true);
        peer = server.accept();
        peer.setTcpNoDelay(true);
        toClient = peer.getOutputStream();
        List<byte[]> bodies = TurnEvents.bodies("6f1c3c5e-2b7a-4c1e-9a55-0d3f2f4b8e11");
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        for (int i = 0; i < EventPathBenchmark.BATCH_EVENTS; i++) {
            frames.writeBytes(TurnEvents.frame(bodies.get(i % bodies.size())));
        }
        batch = frames.toByteArray();
        single = TurnEvents.frame(TurnEvents.bodies("6f1c3c5e-2b7a-4c1e-9a55-0d3f2f4b8e11", "assistant.message_delta")
                .get(0));
        Thread reader = new Thread(this::read, "raw-event-reader");
        reader.setDaemon(true);
        reader.start();
    }

    @TearDown
    public void stop() throws IOException {
        peer.close();
        client.close();
        server.close();
    }

    private void read() {
        try (InputStream in = new BufferedInputStream(client.getInputStream())) {
            byte[] body;
            while ((body = RawProtocolWorker.readFrame(in)) != null) {
                JsonNode message = JSON.readTree(body);
                if (message.has("method")) {
                    deliveries.delivered();
                }
            }
        } catch (IOException e) {
            // closed by the benchmark
        }
    }

    /** Events per second from frame bytes to a parsed tree on the reader thread, the recorded turns' events. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(EventPathBenchmark.BATCH_EVENTS)
    public void throughput() throws IOException {
        deliveries.sendBatchAndAwait(EventPathBenchmark.BATCH_EVENTS, () -> send(batch));
    }

    /** The time from writing one {@code assistant.message_delta} frame to the reader having parsed it. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void latency() throws IOException {
        deliveries.sendOneAndAwait(() -> send(single));
    }

    private void send(byte[] frames) throws IOException {
        toClient.write(frames);
        toClient.flush();
    }
}
