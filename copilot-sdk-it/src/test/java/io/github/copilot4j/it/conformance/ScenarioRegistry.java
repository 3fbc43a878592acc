package io.github.copilot4j.it.conformance;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The recordings the suite knows, keyed by {@code <category>/<file>.yaml}. */
final class ScenarioRegistry {

    private final Map<String, RecordingEntry> entries = new TreeMap<>();

    /** Every category's scenarios. */
    static ScenarioRegistry all() {
        ScenarioRegistry registry = new ScenarioRegistry();
        ToolsScenarios.register(registry);
        PermissionsScenarios.register(registry);
        HooksScenarios.register(registry);
        AskUserScenarios.register(registry);
        SessionConfigScenarios.register(registry);
        SystemMessageScenarios.register(registry);
        SessionScenarios.register(registry);
        OtherScenarios.register(registry);
        return registry;
    }

    /** Registers the scenario replaying {@code recording}. */
    ScenarioRegistry scenario(String recording, Scenario scenario) {
        return put(recording, new RecordingEntry.Run(scenario, null));
    }

    /**
     * Registers a scenario whose recording CLI 1.0.102 is expected not to match, for {@code drift}; if it matches
     * after all, it passes.
     */
    ScenarioRegistry drifted(String recording, String drift, Scenario scenario) {
        return put(recording, new RecordingEntry.Run(scenario, drift));
    }

    /** Declares {@code recording} not applicable, for {@code reason}. */
    ScenarioRegistry notApplicable(String recording, String reason) {
        return put(recording, new RecordingEntry.NotApplicable(reason));
    }

    /** Declares {@code recording} not ported yet, saying what it needs. */
    ScenarioRegistry unported(String recording, String reason) {
        return put(recording, new RecordingEntry.Unported(reason));
    }

    /** The entry for {@code recording}, or null. */
    @Nullable RecordingEntry get(String recording) {
        return entries.get(recording);
    }

    /** All entries. */
    Map<String, RecordingEntry> entries() {
        return entries;
    }

    private ScenarioRegistry put(String recording, RecordingEntry entry) {
        if (!recording.matches("[a-z0-9_\\-]+/[a-z0-9_]+\\.yaml")) {
            throw new IllegalArgumentException("recording must be <category>/<file>.yaml, got " + recording);
        }
        if (entries.putIfAbsent(recording, entry) != null) {
            throw new IllegalArgumentException(recording + " is registered twice");
        }
        return this;
    }
}
