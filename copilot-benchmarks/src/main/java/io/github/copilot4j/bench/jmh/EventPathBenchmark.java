package io.github.copilot4j.bench.jmh;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotClientOptions;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.AssistantMessageDeltaEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

/**
 * copilot4j's whole event path: frame bytes arrive on the client's connection, the reader thread parses and decodes
 * them into typed events, and the session delivers them to a user listener. A real {@link CopilotClient} and
 * {@link CopilotSession} talk to a {@link FakeCliServer} over loopback TCP; the events are those of real turns.
 * One benchmark thread feeds one session.
 */
@State(Scope.Benchmark)
@Threads(1)
public class EventPathBenchmark {

    /** Events per invocation of {@link #throughput()}: the recorded turns, repeated. */
    static final int BATCH_EVENTS = 1000;

    private final Deliveries deliveries = new Deliveries();
    private FakeCliServer cli;
    private CopilotClient client;
    private byte[] batch;
    private byte[] deltaBatch;
    private byte[] single;

    @Setup
    public void start() throws IOException {
        cli = FakeCliServer.start();
        client = new CopilotClient(CopilotClientOptions.builder().cliUrl(cli.address()).build());
        CopilotSession session = client.createSession(SessionConfig.builder().build());
        session.on(event -> deliveries.delivered());
        batch = batchOf(TurnEvents.bodies(session.sessionId()));
        List<byte[]> deltas = TurnEvents.bodies(session.sessionId(), AssistantMessageDeltaEvent.TYPE);
        deltaBatch = batchOf(deltas);
        single = TurnEvents.frame(deltas.get(0));
    }

    private static byte[] batchOf(List<byte[]> bodies) {
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        for (int i = 0; i < BATCH_EVENTS; i++) {
            frames.writeBytes(TurnEvents.frame(bodies.get(i % bodies.size())));
        }
        return frames.toByteArray();
    }

    @TearDown
    public void stop() throws IOException {
        client.close();
        cli.close();
    }

    /**
     * Events per second from frame bytes to the listener, the events of the recorded turns fed in batches of
     * {@value #BATCH_EVENTS}.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH_EVENTS)
    public void throughput() throws IOException {
        deliverBatch(batch);
    }

    /**
     * The same with {@code assistant.message_delta} events only, the bulk of a long streamed answer (about 400 bytes
     * each, against 1.9 KB on average in the recorded turns, whose system prompt event alone has 44 KB).
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH_EVENTS)
    public void throughputDeltas() throws IOException {
        deliverBatch(deltaBatch);
    }

    private void deliverBatch(byte[] frames) throws IOException {
        deliveries.sendBatchAndAwait(BATCH_EVENTS, () -> cli.send(frames));
    }

    /**
     * The time from writing one {@code assistant.message_delta} frame to the listener having received it, one event at
     * a time; the benchmark thread yields while it waits, leaving the CPUs to the reader and the listener.
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void latency() throws IOException {
        deliveries.sendOneAndAwait(() -> cli.send(single));
    }
}
