package io.github.copilot4j.bench.report;

import java.util.Map;

/**
 * One JMH benchmark's result.
 *
 * @param benchmark the benchmark method, such as {@code EventPathBenchmark.throughput}
 * @param mode the JMH mode ({@code thrpt}, {@code sample})
 * @param score the primary score
 * @param error the score's 99.9 % confidence half-width as JMH reports it (NaN with a single iteration)
 * @param unit the score's unit
 * @param percentiles for the sample mode, the percentiles by name ({@code "50.0"}, {@code "99.0"})
 * @param derived figures computed from the score, by name (such as {@code MB/s})
 */
public record JmhScore(String benchmark, String mode, double score, double error, String unit,
        Map<String, Double> percentiles, Map<String, Double> derived) {

    public JmhScore {
        percentiles = Map.copyOf(percentiles);
        derived = Map.copyOf(derived);
    }
}
