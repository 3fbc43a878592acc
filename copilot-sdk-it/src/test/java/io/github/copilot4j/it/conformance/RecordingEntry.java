package io.github.copilot4j.it.conformance;

import org.jspecify.annotations.Nullable;

/** What the suite does with one recording: run a scenario, or explain why it does not. */
sealed interface RecordingEntry {

    /**
     * Run {@code scenario}.
     *
     * @param knownDrift when non-null, why CLI 1.0.102 is expected to send something the recording does not have:
     *     a mismatch then makes the recording not applicable (with the live difference as evidence) instead of failed
     */
    record Run(Scenario scenario, @Nullable String knownDrift) implements RecordingEntry {
    }

    /** The recording cannot be replayed against CLI 1.0.102 or this SDK's scope, for {@code reason}. */
    record NotApplicable(String reason) implements RecordingEntry {
    }

    /** No scenario yet; {@code reason} says what it would need. Reported as failed without failing the build. */
    record Unported(String reason) implements RecordingEntry {
    }
}
