package io.github.copilot4j.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.copilot4j.bench.jmh.FrameCodecBenchmark;
import io.github.copilot4j.bench.report.JmhScore;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JmhRunTests {

    @Test
    void readsScoresPercentilesAndTheCodecsMegabytesPerSecond() {
        String results = """
                [{"benchmark":"io.github.copilot4j.bench.jmh.EventPathBenchmark.latency","mode":"sample",
                  "primaryMetric":{"score":40.5,"scoreError":2.5,"scoreUnit":"us/op",
                    "scorePercentiles":{"0.0":10.0,"50.0":35.0,"90.0":60.0,"99.0":90.0,"99.9":300.0,"100.0":900.0}}},
                 {"benchmark":"io.github.copilot4j.bench.jmh.FrameCodecBenchmark.decode","mode":"thrpt",
                  "primaryMetric":{"score":1000.0,"scoreError":"NaN","scoreUnit":"ops/s"}}]
                """;

        List<JmhScore> scores = JmhRun.parse(JsonMapper.builder().build().readTree(results));

        assertThat(scores).hasSize(2);
        JmhScore latency = scores.get(0);
        assertThat(latency.benchmark()).isEqualTo("EventPathBenchmark.latency");
        assertThat(latency.percentiles()).containsEntry("99.0", 90.0).containsEntry("50.0", 35.0)
                .doesNotContainKey("100.0");
        JmhScore decode = scores.get(1);
        assertThat(decode.error()).isNaN();
        assertThat(decode.derived().get("MB/s"))
                .isCloseTo(1000.0 * FrameCodecBenchmark.bytesPerOperation() / 1_000_000, within(1e-9));
    }
}
