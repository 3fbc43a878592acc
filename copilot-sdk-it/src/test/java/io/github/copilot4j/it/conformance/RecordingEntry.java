package io.github.copilot4j.it.conformance;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the suite does with one recording: run a scenario, or say what it would need. A recording is not applicable
 * only when its scenario ran and CLI 1.0.102 sent what a declared {@link Drift} explains.
 */
sealed interface RecordingEntry {

    /**
     * Run {@code scenario}.
     *
     * @param drifts how CLI 1.0.102 is known to differ from the recording: their bridges are active while the
     *     scenario runs, and a mismatch makes the recording not applicable (with the live difference as evidence)
     *     instead of failed
     * @param sdkGap when non-null, what this SDK lacks for the scenario to pass: a failure is then reported with it
     *     and does not fail the build, and the recording passes as soon as the SDK has it
     */
    record Run(Scenario scenario, Set<Drift> drifts, @Nullable String sdkGap) implements RecordingEntry {

        public Run {
            drifts = Set.copyOf(drifts);
        }
    }

    /** No scenario yet; {@code reason} says what it would need. Reported as failed without failing the build. */
    record Unported(String reason) implements RecordingEntry {
    }
}
