package io.github.copilot4j.it.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.SerializationFeature;

/** The outcome of every recording, written as {@code conformance.json}. */
final class ConformanceReport {

    private static final int SLOWEST = 8;
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** How a recording fared. */
    enum Status {
        PASSED("passed"), FAILED("failed"), NOT_APPLICABLE("not-applicable");

        private final String wireValue;

        Status(String wireValue) {
            this.wireValue = wireValue;
        }
    }

    /**
     * One recording's outcome.
     *
     * @param reason why it did not pass; null only when it passed
     * @param note how it passed, when that needs saying (bridged drift); null otherwise
     */
    record Outcome(Status status, @Nullable String reason, @Nullable String note, long millis) {

        Outcome {
            if (status != Status.PASSED && (reason == null || reason.isBlank())) {
                throw new IllegalArgumentException("a recording that did not pass needs a reason");
            }
        }
    }

    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

    void record(String recording, Outcome outcome) {
        outcomes.put(recording, outcome);
    }

    Map<String, Outcome> outcomes() {
        return new TreeMap<>(outcomes);
    }

    /** Writes one entry per recording, sorted by recording. */
    void write(Path file) {
        ArrayNode entries = JSON.createArrayNode();
        for (Map.Entry<String, Outcome> entry : outcomes().entrySet()) {
            ObjectNode json = entries.addObject().put("recording", entry.getKey())
                    .put("status", entry.getValue().status().wireValue);
            if (entry.getValue().reason() != null) {
                json.put("reason", entry.getValue().reason());
            }
            if (entry.getValue().note() != null) {
                json.put("note", entry.getValue().note());
            }
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(entries) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Passed, failed and not-applicable counts per category, a total line, and the slowest recordings. */
    String summary() {
        Map<String, int[]> counts = new TreeMap<>();
        int[] total = new int[3];
        for (Map.Entry<String, Outcome> entry : outcomes().entrySet()) {
            String category = entry.getKey().substring(0, entry.getKey().indexOf('/'));
            int index = entry.getValue().status().ordinal();
            counts.computeIfAbsent(category, c -> new int[3])[index]++;
            total[index]++;
        }
        StringBuilder text = new StringBuilder(String.format("%-28s %6s %6s %6s%n", "category", "passed", "failed",
                "n/a"));
        counts.forEach((category, c) -> text.append(String.format("%-28s %6d %6d %6d%n", category, c[0], c[1], c[2])));
        text.append(String.format("%-28s %6d %6d %6d%n", "total", total[0], total[1], total[2]));
        text.append("slowest:");
        outcomes().entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().millis(), a.getValue().millis()))
                .limit(SLOWEST).forEach(entry -> text.append(String.format("%n  %6d ms  %s",
                        entry.getValue().millis(), entry.getKey())));
        return text.toString();
    }
}
