package io.github.copilot4j.bench.report;

import java.util.Arrays;
import java.util.List;

/**
 * The statistics of one series of samples: the median (the mean of the two middle values for an even count), p90 and
 * p99 by nearest rank ({@code sorted[ceil(p * n) - 1]}, so p99 is the maximum below 100 samples), the minimum and the
 * maximum.
 *
 * @param count how many samples
 * @param median the median
 * @param p90 the 90th percentile
 * @param p99 the 99th percentile
 * @param min the smallest sample
 * @param max the largest sample
 */
public record Summary(int count, double median, double p90, double p99, double min, double max) {

    /**
     * The statistics of {@code samples}.
     *
     * @throws IllegalArgumentException when there are none
     */
    public static Summary of(List<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("samples must not be empty");
        }
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Summary(n, median, nearestRank(sorted, 0.90), nearestRank(sorted, 0.99), sorted[0], sorted[n - 1]);
    }

    /** The statistics of {@code samples}. */
    public static Summary of(double... samples) {
        return of(Arrays.stream(samples).boxed().toList());
    }

    private static double nearestRank(double[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
