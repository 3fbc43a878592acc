package io.github.copilot4j.bench.jmh;

import io.github.copilot4j.internal.rpc.FrameReader;
import io.github.copilot4j.internal.rpc.FrameWriter;
import io.github.copilot4j.internal.wire.WireJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;

/**
 * copilot4j's framing codec ({@link FrameWriter}, {@link FrameReader}) on the frames of real turns, alone and with
 * the JSON encoding or parsing the connection does with each frame. One operation handles every recorded frame once,
 * {@link #bytesPerOperation()} bytes on the wire, so MB/s = operations/s × that / 10⁶.
 */
@State(Scope.Benchmark)
@Threads(1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FrameCodecBenchmark {

    private static final List<byte[]> BODIES = TurnEvents.bodies("6f1c3c5e-2b7a-4c1e-9a55-0d3f2f4b8e11");
    private static final byte[] WIRE = wire();

    private List<JsonNode> messages;
    private FrameWriter writer;

    /** The frames one operation handles: every event of the recorded turns once. */
    public static int framesPerOperation() {
        return BODIES.size();
    }

    /** The bytes on the wire, headers included, of one operation's frames. */
    public static long bytesPerOperation() {
        return WIRE.length;
    }

    @Setup
    public void prepare() {
        messages = BODIES.stream().map(body -> WireJson.MAPPER.readTree(body)).toList();
        writer = new FrameWriter(OutputStream.nullOutputStream());
    }

    /** Framing alone: a header and the body per frame, flushed. */
    @Benchmark
    public void encode() throws IOException {
        for (byte[] body : BODIES) {
            writer.write(body);
        }
    }

    /** Serialising each message to JSON, then framing it, as the connection sends a message. */
    @Benchmark
    public void encodeWithJson() throws IOException {
        for (JsonNode message : messages) {
            writer.write(WireJson.MAPPER.writeValueAsBytes(message));
        }
    }

    /** Reading the frames alone: headers parsed, bodies copied out. */
    @Benchmark
    public void decode(Blackhole blackhole) throws IOException {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(WIRE), Integer.MAX_VALUE);
        byte[] frame;
        while ((frame = reader.readFrame()) != null) {
            blackhole.consume(frame);
        }
    }

    /** Reading the frames and parsing each body into a JSON tree, as the connection's reader does. */
    @Benchmark
    public void decodeWithJson(Blackhole blackhole) throws IOException {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(WIRE), Integer.MAX_VALUE);
        byte[] frame;
        while ((frame = reader.readFrame()) != null) {
            blackhole.consume(WireJson.MAPPER.readTree(frame));
        }
    }

    private static byte[] wire() {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        BODIES.forEach(body -> wire.writeBytes(TurnEvents.frame(body)));
        return wire.toByteArray();
    }
}
