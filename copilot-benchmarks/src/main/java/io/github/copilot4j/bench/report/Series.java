package io.github.copilot4j.bench.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One contender's samples of one measurement, in measurement order.
 *
 * @param contender the contender's id
 * @param label the contender's name in tables
 * @param samples the measured values (warm-up dropped)
 * @param summary their statistics; null when there is no sample
 * @param errors how many attempts failed (not counted in the samples)
 * @param firstError the first failure's description, if any
 */
public record Series(String contender, String label, List<Double> samples, @Nullable Summary summary, int errors,
        @Nullable String firstError) {

    public Series {
        samples = List.copyOf(samples);
    }

    /** A series of {@code samples} with its statistics. */
    public static Series of(String contender, String label, List<Double> samples, int errors,
            @Nullable String firstError) {
        return new Series(contender, label, samples, samples.isEmpty() ? null : Summary.of(samples), errors,
                firstError);
    }
}
