package io.github.copilot4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.bench.report.ConcurrencyResult;
import io.github.copilot4j.bench.report.Measurement;
import io.github.copilot4j.bench.report.MemoryResult;
import io.github.copilot4j.bench.report.Series;
import io.github.copilot4j.bench.report.TargetCheck;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsTests {

    private static Series series(String contender, double... samples) {
        return Series.of(contender, contender, Arrays.stream(samples).boxed().toList(), 0, null);
    }

    private static TargetCheck find(List<TargetCheck> checks, String prefix) {
        return checks.stream().filter(check -> check.target().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void comparesMediansWithinTheRun() {
        Measurement turns = new Measurement("simple-turn", "t", "ms", "d", List.of(
                series(Contender.RAW_JAVA, 40, 50, 60),
                series(Contender.COPILOT4J, 41, 51, 90),
                series(Contender.NODE_SDK, 45, 50.5, 55)));

        List<TargetCheck> checks = Targets.evaluate(List.of(turns), List.of(), null, null);

        assertThat(find(checks, "Turn latency p50 ≤ 1.02").met()).isTrue();
        assertThat(find(checks, "Turn latency p50 ≤ 1.02").measured()).isEqualTo("51.0 ms vs 50.0 ms: 1.020 ×");
        assertThat(find(checks, "Turn latency p50 ≤ Node SDK").met()).isFalse();
        assertThat(find(checks, "Tool round trip").met()).isNull();
        assertThat(find(checks, "Idle session").met()).isNull();
    }

    @Test
    void judgesConcurrencyMemoryAndStartup() {
        ConcurrencyResult concurrency = new ConcurrencyResult(100, 10, 1000, 0, null, 0, 0, 60, 16.7, null, 40, 0.95,
                0.1, 0.05);
        MemoryResult memory = new MemoryResult(1000, 1000, null, 48_000, 0, 0, 30, 0, 0);
        Measurement ping = new Measurement("startup-first-ping", "p", "ms", "d",
                List.of(series(Contender.RAW_JAVA, 700)));
        Measurement connected = new Measurement("startup-connected", "c", "ms", "d",
                List.of(series(Contender.COPILOT4J, 780)));

        List<TargetCheck> checks = Targets.evaluate(List.of(ping, connected), List.of(), concurrency, memory);

        assertThat(find(checks, "100 concurrent sessions").met()).isTrue();
        assertThat(find(checks, "Concurrency bound by the CLI").met()).isTrue();
        assertThat(find(checks, "Idle session").met()).isTrue();
        assertThat(find(checks, "Connected client").met()).isFalse();
    }
}
