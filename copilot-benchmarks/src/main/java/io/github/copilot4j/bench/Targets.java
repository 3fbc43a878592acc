package io.github.copilot4j.bench;

import io.github.copilot4j.bench.report.ConcurrencyResult;
import io.github.copilot4j.bench.report.JmhScore;
import io.github.copilot4j.bench.report.Measurement;
import io.github.copilot4j.bench.report.MemoryResult;
import io.github.copilot4j.bench.report.Series;
import io.github.copilot4j.bench.report.Summary;
import io.github.copilot4j.bench.report.TargetCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The targets of the benchmarks, checked against one run's figures (ratios within the run). */
final class Targets {

    /** The largest copilot4j median turn latency, as a multiple of the floor's. */
    static final double TURN_RATIO = 1.02;
    /** The largest median tool round trip overhead over the floor, in ms. */
    static final double TOOL_OVERHEAD_MS = 1.0;
    /** The smallest event path throughput, in events per second. */
    static final double EVENTS_PER_SECOND = 200_000;
    /** The largest p99 of the event path's latency, in µs. */
    static final double EVENT_P99_MICROS = 100;
    /** The most heap an idle session may retain, in bytes. */
    static final double SESSION_HEAP_BYTES = 50_000;
    /** The longest time to a connected client, as a multiple of the CLI's first ping. */
    static final double STARTUP_RATIO = 1.10;
    /** The CLI's smallest CPU share for the concurrency run to count as bound by the CLI. */
    static final double CLI_BOUND_SHARE = 0.75;

    private Targets() {
    }

    static List<TargetCheck> evaluate(List<Measurement> measurements, List<JmhScore> jmh,
            @Nullable ConcurrencyResult concurrency, @Nullable MemoryResult memory) {
        List<TargetCheck> checks = new ArrayList<>();
        Optional<Summary> turn = median(measurements, "simple-turn", Contender.COPILOT4J);
        Optional<Summary> floorTurn = median(measurements, "simple-turn", Contender.RAW_JAVA);
        Optional<Summary> nodeTurn = median(measurements, "simple-turn", Contender.NODE_SDK);
        checks.add(turn.isPresent() && floorTurn.isPresent()
                ? check("Turn latency p50 ≤ " + TURN_RATIO + " × raw floor", String.format(Locale.ROOT,
                        "%.1f ms vs %.1f ms: %.3f ×", turn.get().median(), floorTurn.get().median(),
                        turn.get().median() / floorTurn.get().median()),
                        turn.get().median() <= TURN_RATIO * floorTurn.get().median())
                : missing("Turn latency p50 ≤ " + TURN_RATIO + " × raw floor"));
        checks.add(turn.isPresent() && nodeTurn.isPresent()
                ? check("Turn latency p50 ≤ Node SDK's", String.format(Locale.ROOT, "%.1f ms vs %.1f ms",
                        turn.get().median(), nodeTurn.get().median()),
                        turn.get().median() <= nodeTurn.get().median())
                : missing("Turn latency p50 ≤ Node SDK's"));
        Optional<Summary> wire = median(measurements, "wire-tool-answer", Contender.COPILOT4J);
        Optional<Summary> floorWire = median(measurements, "wire-tool-answer", Contender.RAW_JAVA);
        checks.add(wire.isPresent() && floorWire.isPresent()
                ? check("Tool round trip overhead < " + TOOL_OVERHEAD_MS + " ms p50", String.format(Locale.ROOT,
                        "%.3f ms on the wire vs the floor's %.3f ms: %+.3f ms", wire.get().median(),
                        floorWire.get().median(), wire.get().median() - floorWire.get().median()),
                        wire.get().median() - floorWire.get().median() < TOOL_OVERHEAD_MS)
                : missing("Tool round trip overhead < " + TOOL_OVERHEAD_MS + " ms p50"));
        Optional<JmhScore> throughput = jmh(jmh, "EventPathBenchmark.throughput");
        String floor = jmh(jmh, "RawEventPathBenchmark.throughput")
                .map(score -> String.format(Locale.ROOT, " (raw floor %,.0f)", score.score())).orElse("");
        String deltas = jmh(jmh, "EventPathBenchmark.throughputDeltas")
                .map(score -> String.format(Locale.ROOT, "; %,.0f events/s for message deltas only", score.score()))
                .orElse("");
        checks.add(throughput.isPresent()
                ? check("Event path ≥ 200,000 events/s on one thread", String.format(Locale.ROOT,
                        "%,.0f events/s for the events of real turns%s%s", throughput.get().score(), floor, deltas),
                        throughput.get().score() >= EVENTS_PER_SECOND)
                : missing("Event path ≥ 200,000 events/s on one thread"));
        Optional<Double> p99 = percentile(jmh, "EventPathBenchmark.latency", "99.0");
        String floorP99 = percentile(jmh, "RawEventPathBenchmark.latency", "99.0")
                .map(value -> String.format(Locale.ROOT, " (raw floor %.1f µs)", value)).orElse("");
        checks.add(p99.isPresent()
                ? check("Event path p99 < " + (int) EVENT_P99_MICROS + " µs", String.format(Locale.ROOT,
                        "%.1f µs%s", p99.get(), floorP99), p99.get() < EVENT_P99_MICROS)
                : missing("Event path p99 < " + (int) EVENT_P99_MICROS + " µs"));
        if (concurrency != null) {
            checks.add(check(concurrency.sessions() + " concurrent sessions: 0 errors, 0 lost events",
                    concurrency.errors() + " errors, " + concurrency.lostEvents() + " lost events, "
                            + concurrency.completedTurns() + " turns",
                    concurrency.errors() == 0 && concurrency.lostEvents() == 0
                            && concurrency.duplicatedEvents() == 0));
            checks.add(check("Concurrency bound by the CLI (CLI ≥ 75 % of a core, copilot4j ≤ ¼ of the CLI's CPU)",
                    String.format(Locale.ROOT, "CLI %.0f %%, copilot4j %.0f %%, %.1f turns/s",
                            concurrency.cliCpuShare() * 100, concurrency.sdkCpuShare() * 100,
                            concurrency.turnsPerSecond()),
                    concurrency.cliCpuShare() >= CLI_BOUND_SHARE
                            && concurrency.sdkCpuShare() <= concurrency.cliCpuShare() / 4));
        } else {
            checks.add(missing("Concurrent sessions: 0 errors, 0 lost events"));
        }
        checks.add(memory != null && memory.opened() > 0
                ? check("Idle session ≤ 50 KB of JVM heap", String.format(Locale.ROOT, "%.1f KB (%d sessions)",
                        memory.heapBytesPerSession() / 1000, memory.opened()),
                        memory.heapBytesPerSession() <= SESSION_HEAP_BYTES)
                : missing("Idle session ≤ 50 KB of JVM heap"));
        Optional<Summary> connect = median(measurements, "startup-connected", Contender.COPILOT4J);
        Optional<Summary> ping = median(measurements, "startup-first-ping", Contender.RAW_JAVA);
        checks.add(connect.isPresent() && ping.isPresent()
                ? check("Connected client ≤ CLI's first ping + 10 %", String.format(Locale.ROOT,
                        "%.0f ms vs %.0f ms: %.3f ×", connect.get().median(), ping.get().median(),
                        connect.get().median() / ping.get().median()),
                        connect.get().median() <= STARTUP_RATIO * ping.get().median())
                : missing("Connected client ≤ CLI's first ping + 10 %"));
        return checks;
    }

    private static Optional<Summary> median(List<Measurement> measurements, String key, String contender) {
        return measurements.stream().filter(measurement -> measurement.key().equals(key)).findFirst()
                .flatMap(measurement -> measurement.of(contender)).map(Series::summary);
    }

    private static Optional<JmhScore> jmh(List<JmhScore> scores, String benchmark) {
        return scores.stream().filter(score -> score.benchmark().equals(benchmark)).findFirst();
    }

    private static Optional<Double> percentile(List<JmhScore> scores, String benchmark, String percentile) {
        return jmh(scores, benchmark).map(score -> score.percentiles().get(percentile));
    }

    private static TargetCheck check(String target, String measured, boolean met) {
        return new TargetCheck(target, measured, met);
    }

    private static TargetCheck missing(String target) {
        return new TargetCheck(target, "not measured in this run", null);
    }
}
