package io.github.copilot4j.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The settings of a benchmark run, from {@code --name value} arguments (bench/run passes the paths). {@code --smoke}
 * shrinks every count to a quick check that all contenders work.
 *
 * @param outputDirectory where {@code latest.md} and {@code latest.json} are written: {@code bench/results}, or for a
 *        smoke run {@code copilot-benchmarks/target/bench-smoke}
 * @param workDirectory scratch space: homes, configurations and logs of every process
 * @param repositoryRoot the repository, whose {@code node_modules} holds the pinned CLI
 * @param nodeDirectory {@code bench/node}, with the Node contenders and their installed packages
 * @param officialJavaClasspath the official Java SDK worker's classpath (its classes and the SDK's jars); null to
 *        leave that contender out
 * @param officialJavaShim the classes put ahead of the official SDK when it cannot connect as shipped; may be null
 * @param officialJavaVersion the official Java SDK's version, for the report
 * @param sampleAppClasspath the sample application's classpath; null to leave its start-up out
 * @param samples measured samples per contender and measurement
 * @param warmups warm-up rounds, dropped, before the measured ones
 * @param startups measured start-ups per contender
 * @param memorySessions idle sessions opened for the memory measurement
 * @param concurrentSessions sessions of the concurrency measurement
 * @param concurrentTurns tool turns per session of the concurrency measurement
 * @param sampleAppStarts start-ups of the sample application per start-up mode
 * @param smoke whether this is the quick check: JMH runs its shortest iterations, ratios are not targets
 * @param profile whether the copilot4j workers record a JFR profile into the work directory
 * @param phases the measurements to run
 */
public record RunOptions(Path outputDirectory, Path workDirectory, Path repositoryRoot, Path nodeDirectory,
        @Nullable String officialJavaClasspath, @Nullable Path officialJavaShim, String officialJavaVersion,
        @Nullable String sampleAppClasspath, int samples, int warmups, int startups, int memorySessions,
        int concurrentSessions, int concurrentTurns, int sampleAppStarts, boolean smoke, boolean profile,
        Set<String> phases) {

    /** Every measurement, in the order they run. */
    public static final List<String> ALL_PHASES = List.of("turns", "wire", "jmh", "concurrency", "memory", "startup",
            "sample-app");

    /** Reads the arguments; unknown names and missing values are errors. */
    public static RunOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        boolean smoke = false;
        boolean profile = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--smoke")) {
                smoke = true;
            } else if (name.equals("--profile")) {
                profile = true;
            } else if (name.startsWith("--") && i + 1 < args.length) {
                values.put(name.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("Unknown or incomplete argument " + name);
            }
        }
        Set<String> known = Set.of("out", "work", "root", "node-dir", "official-java-classpath", "official-java-shim",
                "official-java-version", "sample-app-classpath", "samples", "warmups", "startups", "memory-sessions",
                "concurrent-sessions", "concurrent-turns", "sample-app-starts", "phases");
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("Unknown argument --" + name + "; known: " + known);
            }
        }
        Path root = Path.of(values.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Set<String> phases = Set.copyOf(List.of(values.getOrDefault("phases", String.join(",", ALL_PHASES))
                .split(",")));
        for (String phase : phases) {
            if (!ALL_PHASES.contains(phase)) {
                throw new IllegalArgumentException("Unknown phase " + phase + "; known: " + ALL_PHASES);
            }
        }
        return new RunOptions(
                Path.of(values.getOrDefault("out", root.resolve(smoke ? "copilot-benchmarks/target/bench-smoke"
                        : "bench/results").toString())).toAbsolutePath(),
                Path.of(values.getOrDefault("work", root.resolve("copilot-benchmarks/target/bench-work").toString()))
                        .toAbsolutePath(),
                root,
                Path.of(values.getOrDefault("node-dir", root.resolve("bench/node").toString())).toAbsolutePath(),
                values.get("official-java-classpath"),
                values.containsKey("official-java-shim") ? Path.of(values.get("official-java-shim")) : null,
                values.getOrDefault("official-java-version", "unknown"),
                values.get("sample-app-classpath"),
                count(values, "samples", smoke ? 3 : 60),
                count(values, "warmups", smoke ? 1 : 10),
                count(values, "startups", smoke ? 3 : 30),
                count(values, "memory-sessions", smoke ? 20 : 1000),
                count(values, "concurrent-sessions", smoke ? 10 : 100),
                count(values, "concurrent-turns", smoke ? 2 : 10),
                count(values, "sample-app-starts", smoke ? 1 : 5),
                smoke, profile, phases);
    }

    /** Whether {@code phase} is to run. */
    public boolean runs(String phase) {
        return phases.contains(phase);
    }

    private static int count(Map<String, String> values, String name, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, was " + value);
        }
        if (parsed < 0 || (parsed == 0 && !name.equals("warmups"))) {
            throw new IllegalArgumentException("--" + name + " must be positive, was " + value);
        }
        return parsed;
    }
}
