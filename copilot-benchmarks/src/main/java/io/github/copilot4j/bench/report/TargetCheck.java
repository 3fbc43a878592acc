package io.github.copilot4j.bench.report;

import org.jspecify.annotations.Nullable;

/**
 * One target of the benchmarks and how this run measured against it.
 *
 * @param target what is required
 * @param measured what this run measured
 * @param met whether the measurement meets the target; null when it was not measured
 */
public record TargetCheck(String target, String measured, @Nullable Boolean met) {
}
