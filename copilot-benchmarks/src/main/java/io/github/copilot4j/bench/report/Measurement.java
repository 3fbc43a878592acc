package io.github.copilot4j.bench.report;

import java.util.List;
import java.util.Optional;

/**
 * One measurement of several contenders in the same run, such as the simple turn's latency.
 *
 * @param key the stable key used in {@code latest.json}
 * @param title the table's title
 * @param unit the unit of every sample, such as {@code ms}
 * @param description what exactly was timed
 * @param series one per contender, in the order they ran
 */
public record Measurement(String key, String title, String unit, String description, List<Series> series) {

    public Measurement {
        series = List.copyOf(series);
    }

    /** The series of contender {@code id}, if it took part. */
    public Optional<Series> of(String id) {
        return series.stream().filter(entry -> entry.contender().equals(id)).findFirst();
    }
}
