package io.github.copilot4j.it.conformance;

/**
 * The Java steps of one recorded upstream test: configure a session like the upstream test did, send its prompts,
 * and assert what it asserted that this SDK can observe.
 */
@FunctionalInterface
interface Scenario {

    /** Runs the scenario against the recording loaded in {@code replay}; throws when an expectation fails. */
    void run(Replay replay) throws Exception;
}
