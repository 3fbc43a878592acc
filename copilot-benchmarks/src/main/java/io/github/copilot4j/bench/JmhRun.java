package io.github.copilot4j.bench;

import io.github.copilot4j.bench.jmh.FrameCodecBenchmark;
import io.github.copilot4j.bench.report.JmhScore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the JMH benchmarks of {@code io.github.copilot4j.bench.jmh} in a forked JVM and reads their results. */
final class JmhRun {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String java;
    private final String classpath;
    private final Path directory;
    private final boolean smoke;

    JmhRun(String java, String classpath, Path directory, boolean smoke) {
        this.java = java;
        this.classpath = classpath;
        this.directory = directory;
        this.smoke = smoke;
    }

    List<JmhScore> run(List<String> errors) throws IOException, InterruptedException {
        BenchmarkRunner.log("JMH: event path and framing codec" + (smoke ? " (shortest iterations)" : ""));
        Path results = directory.resolve("jmh.json");
        List<String> command = List.of(java, "-cp", classpath, "org.openjdk.jmh.Main",
                "io\\.github\\.copilot4j\\.bench\\.jmh\\..*", "-f", "1", "-foe", "true",
                "-wi", smoke ? "1" : "3", "-w", smoke ? "200ms" : "1s",
                "-i", smoke ? "1" : "5", "-r", smoke ? "200ms" : "1s",
                "-rf", "json", "-rff", results.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve("jmh.log").toFile()).start();
        if (!process.waitFor(20, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            errors.add("JMH did not finish within 20 minutes; see " + directory.resolve("jmh.log"));
            return List.of();
        }
        if (process.exitValue() != 0 || !Files.exists(results)) {
            errors.add("JMH failed with exit code " + process.exitValue() + "; see " + directory.resolve("jmh.log"));
            return List.of();
        }
        return parse(JSON.readTree(Files.readString(results)));
    }

    static List<JmhScore> parse(JsonNode results) {
        List<JmhScore> scores = new ArrayList<>();
        for (JsonNode result : results) {
            String benchmark = result.path("benchmark").asString();
            benchmark = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            JsonNode metric = result.path("primaryMetric");
            Map<String, Double> percentiles = new LinkedHashMap<>();
            if (result.path("mode").asString().equals("sample")) {
                for (String percentile : List.of("50.0", "90.0", "99.0", "99.9")) {
                    JsonNode value = metric.path("scorePercentiles").path(percentile);
                    if (value.isNumber()) {
                        percentiles.put(percentile, value.asDouble());
                    }
                }
            }
            double score = metric.path("score").asDouble();
            Map<String, Double> derived = new LinkedHashMap<>();
            if (benchmark.contains("EventPathBenchmark.throughput")) {
                derived.put("events/s", score);
            }
            if (benchmark.startsWith("FrameCodecBenchmark.")) {
                derived.put("MB/s", score * FrameCodecBenchmark.bytesPerOperation() / 1_000_000.0);
                derived.put("frames/s", score * FrameCodecBenchmark.framesPerOperation());
            }
            JsonNode error = metric.path("scoreError");
            scores.add(new JmhScore(benchmark, result.path("mode").asString(), score,
                    error.isNumber() ? error.asDouble() : Double.NaN, metric.path("scoreUnit").asString(),
                    percentiles, derived));
        }
        return scores;
    }
}
