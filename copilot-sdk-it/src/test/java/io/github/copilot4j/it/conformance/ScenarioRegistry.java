package io.github.copilot4j.it.conformance;

import java.util.Map;
import java.util.Set;
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
        EventScenarios.register(registry);
        ClientScenarios.register(registry);
        ModeScenarios.register(registry);
        MultiClientScenarios.register(registry);
        BuiltinToolScenarios.register(registry);
        McpScenarios.register(registry);
        OtherScenarios.register(registry);
        RpcScenarios.register(registry);
        return registry;
    }

    /** Registers the scenario replaying {@code recording}. */
    ScenarioRegistry scenario(String recording, Scenario scenario) {
        return put(recording, new RecordingEntry.Run(scenario, Set.of(), null));
    }

    /**
     * Registers a scenario whose recording CLI 1.0.102 differs from in the known ways {@code drifts}: their bridges
     * are active while it runs, and if it still does not match, the recording is not applicable.
     */
    ScenarioRegistry drifted(String recording, Set<Drift> drifts, Scenario scenario) {
        if (drifts.isEmpty()) {
            throw new IllegalArgumentException("drifts must name at least one drift for " + recording);
        }
        return put(recording, new RecordingEntry.Run(scenario, drifts, null));
    }

    /** {@link #drifted(String, Set, Scenario)} with one drift. */
    ScenarioRegistry drifted(String recording, Drift drift, Scenario scenario) {
        return drifted(recording, Set.of(drift), scenario);
    }

    /**
     * Registers a scenario that cannot pass until this SDK has {@code gap}: it runs, and its failure is reported
     * with the gap without failing the build.
     */
    ScenarioRegistry sdkGap(String recording, String gap, Scenario scenario) {
        return sdkGap(recording, gap, Set.of(), scenario);
    }

    /** {@link #sdkGap(String, String, Scenario)} for a recording CLI 1.0.102 also differs from in {@code drifts}. */
    ScenarioRegistry sdkGap(String recording, String gap, Set<Drift> drifts, Scenario scenario) {
        return put(recording, new RecordingEntry.Run(scenario, drifts, gap));
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
