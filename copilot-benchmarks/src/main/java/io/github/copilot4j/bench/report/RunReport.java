package io.github.copilot4j.bench.report;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything a benchmark run measured, as written to {@code latest.json} and rendered to {@code latest.md}.
 *
 * @param startedAt when the run started (UTC, ISO-8601)
 * @param durationSeconds how long it took
 * @param smoke whether it was the quick check with a few samples
 * @param machine the machine and the software
 * @param settings the counts the run used
 * @param contenders each contender's id and what it is
 * @param measurements the side-by-side measurements, in order
 * @param jmh the JMH results of the event path and the framing codec
 * @param concurrency the concurrency measurement, if it ran
 * @param memory the memory measurement, if it ran
 * @param targets the targets and whether this run met them
 * @param notes facts a reader needs to read the figures
 * @param errors what failed; a run with errors exits with a failure
 */
public record RunReport(String startedAt, double durationSeconds, boolean smoke, Machine machine,
        Map<String, Object> settings, Map<String, String> contenders, List<Measurement> measurements,
        List<JmhScore> jmh, @Nullable ConcurrencyResult concurrency, @Nullable MemoryResult memory,
        List<TargetCheck> targets, List<String> notes, List<String> errors) {
}
