package io.github.copilot4j.it.conformance;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.ConnectionState;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.ReplayingModelServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One CLI environment and client shared by the recordings of a category: each recording switches the replaying
 * server to its snapshot and starts from an empty work directory, so the CLI starts once per category.
 */
final class CategoryEnvironment implements AutoCloseable {

    private final String category;
    private final CopilotTestEnvironment environment;
    private final Set<Drift> activeBridges = ConcurrentHashMap.newKeySet();
    private final Set<Drift> appliedBridges = ConcurrentHashMap.newKeySet();
    private @Nullable CopilotClient client;

    CategoryEnvironment(String category, Path firstSnapshot) {
        this.category = category;
        ReplayingModelServer.Builder replay = ReplayingModelServer.builder(firstSnapshot);
        for (Drift drift : Drift.values()) {
            String toolName = drift.toolName();
            if (drift.bridgeable() && toolName != null) {
                replay.normalizeToolResults(toolName, live -> bridge(drift, live));
            }
        }
        this.environment = CopilotTestEnvironment.builder().replay(replay).build();
    }

    private String bridge(Drift drift, String live) {
        if (!activeBridges.contains(drift)) {
            return live;
        }
        String recorded = drift.bridge(live);
        if (!recorded.equals(live)) {
            appliedBridges.add(drift);
        }
        return recorded;
    }

    String category() {
        return category;
    }

    CopilotTestEnvironment environment() {
        return environment;
    }

    ReplayingModelServer server() {
        return environment.replayingModelServer();
    }

    /** The shared client, started again if a scenario stopped it or its CLI died. */
    CopilotClient client() {
        CopilotClient current = client;
        if (current == null || current.state() != ConnectionState.CONNECTED) {
            if (current != null) {
                current.forceStop();
            }
            current = environment.startClient();
            client = current;
        }
        return current;
    }

    /** The bridges that changed a live tool result since the last {@link #load}. */
    Set<Drift> appliedBridges() {
        return Set.copyOf(appliedBridges);
    }

    /** Empties the work directory and replays {@code snapshot} next, bridging the {@code bridges} drifts. */
    void load(Path snapshot, Set<Drift> bridges) {
        activeBridges.clear();
        activeBridges.addAll(bridges);
        appliedBridges.clear();
        Path work = environment.workDirectory();
        try (Stream<Path> paths = Files.walk(work)) {
            paths.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(work)).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty " + work, e);
        }
        server().load(snapshot, work);
    }

    @Override
    public void close() {
        environment.close();
    }
}
