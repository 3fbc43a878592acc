package io.github.copilot4j.it.conformance;

import io.github.copilot4j.it.conformance.ConformanceReport.Outcome;
import io.github.copilot4j.it.conformance.ConformanceReport.Status;
import io.github.copilot4j.testkit.ReplayMismatch;
import io.github.copilot4j.testkit.ReplaySnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays the recorded conversations of the official SDKs' end-to-end suite ({@code ../shared/snapshots}) through
 * this SDK and the real CLI: one dynamic test per recording, grouped by category, each running the scenario
 * registered in {@link ScenarioRegistry}. Writes {@code target/conformance.json} with every recording's outcome.
 * A scenario that fails fails the build; a recording that is not applicable, has no scenario yet, or whose scenario
 * needs something this SDK lacks, is skipped (and reported).
 * Known wording drift of CLI 1.0.102 ({@link Drift}) is bridged for the recordings registered with it, and noted in
 * the report; {@code -Dconformance.bridges=false} turns the bridges off.
 *
 * <p>{@code -Dconformance.include=<regex>} runs only the recordings whose key ({@code <category>/<file>.yaml})
 * matches.
 */
class ConformanceIT {

    private static final Logger log = LoggerFactory.getLogger(ConformanceIT.class);
    private static final int EVIDENCE_LENGTH = 160;
    /** Characters shown before the first difference of a long recorded and live message. */
    private static final int EVIDENCE_CONTEXT = 40;

    /** Whether known drift is bridged ({@code -Dconformance.bridges=false} shows the raw differences instead). */
    private static final boolean BRIDGES = Boolean.parseBoolean(System.getProperty("conformance.bridges", "true"));
    private static final ConformanceReport REPORT = new ConformanceReport();
    private static final long STARTED = System.nanoTime();
    private static @Nullable CategoryEnvironment current;

    @TestFactory
    Stream<DynamicNode> recordings() {
        Path snapshots = snapshotsRoot();
        ScenarioRegistry registry = ScenarioRegistry.all();
        String include = System.getProperty("conformance.include", "");
        Pattern filter = include.isBlank() ? null : Pattern.compile(include);
        Map<String, List<Path>> byCategory = new LinkedHashMap<>();
        for (Path file : recordingFiles(snapshots)) {
            String key = snapshots.relativize(file).toString().replace('\\', '/');
            byCategory.computeIfAbsent(key.substring(0, key.indexOf('/')), c -> new ArrayList<>()).add(file);
        }
        for (String key : registry.entries().keySet()) {
            if (!Files.isRegularFile(snapshots.resolve(key))) {
                throw new IllegalStateException("A scenario is registered for " + key + ", which is not a recording");
            }
        }
        List<DynamicNode> containers = new ArrayList<>();
        byCategory.forEach((category, files) -> {
            List<DynamicNode> tests = new ArrayList<>();
            for (Path file : files) {
                String key = snapshots.relativize(file).toString().replace('\\', '/');
                if (filter != null && !filter.matcher(key).find()) {
                    REPORT.record(key, new Outcome(Status.FAILED, "not run: excluded by -Dconformance.include", null,
                            0));
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(key, () -> run(key, file, registry.get(key))));
            }
            if (!tests.isEmpty()) {
                containers.add(DynamicContainer.dynamicContainer(category, tests));
            }
        });
        return containers.stream();
    }

    @AfterAll
    static void writeReport() {
        closeCategory();
        Path file = Path.of(System.getProperty("copilot4j.root", "."))
                .resolve("copilot-sdk-it/target/conformance.json");
        REPORT.write(file);
        log.warn("Conformance of {} recordings in {} s, written to {}:\n{}", REPORT.outcomes().size(),
                (System.nanoTime() - STARTED) / 1_000_000_000, file, REPORT.summary());
    }

    private static void run(String key, Path file, @Nullable RecordingEntry entry) {
        if (entry == null || entry instanceof RecordingEntry.Unported) {
            String reason = "no scenario: " + (entry == null ? "none registered"
                    : ((RecordingEntry.Unported) entry).reason());
            REPORT.record(key, new Outcome(Status.FAILED, reason, null, 0));
            throw new TestAbortedException(reason);
        }
        RecordingEntry.Run scenario = (RecordingEntry.Run) entry;
        long start = System.nanoTime();
        CategoryEnvironment category = category(key.substring(0, key.indexOf('/')), file);
        category.load(file, BRIDGES ? scenario.drifts() : Set.of());
        Replay replay = new Replay(key, ReplaySnapshot.load(file), category);
        Throwable failure = null;
        try {
            scenario.scenario().run(replay);
        } catch (Throwable t) {
            failure = t;
        } finally {
            replay.release();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        judge(key, scenario, category, failure, millis);
    }

    /** Records the outcome of a scenario that ran, and fails or skips its test accordingly. */
    private static void judge(String key, RecordingEntry.Run scenario, CategoryEnvironment category,
            @Nullable Throwable failure, long millis) {
        Set<Drift> bridged = new TreeSet<>(category.appliedBridges());
        List<ReplayMismatch> mismatches = new ArrayList<>();
        for (ReplayMismatch mismatch : category.server().mismatches()) {
            Drift tolerating = !BRIDGES ? null : scenario.drifts().stream().filter(drift -> drift.tolerates(mismatch))
                    .findFirst().orElse(null);
            if (tolerating == null) {
                mismatches.add(mismatch);
            } else {
                bridged.add(tolerating);
            }
        }
        if (failure == null && mismatches.isEmpty()) {
            String note = bridged.isEmpty() ? null : "passed with CLI 1.0.102 drift bridged: " + describe(bridged);
            REPORT.record(key, new Outcome(Status.PASSED, null, note, millis));
            return;
        }
        if (scenario.sdkGap() == null && !scenario.drifts().isEmpty() && !mismatches.isEmpty()) {
            ReplayMismatch first = mismatches.get(0);
            List<Drift> explaining = scenario.drifts().stream().filter(drift -> drift.explains(first)).toList();
            String reason = describe(explaining.isEmpty() ? scenario.drifts() : explaining) + ": " + evidence(first)
                    + (bridged.isEmpty() ? "" : " (the live text as bridged)");
            REPORT.record(key, new Outcome(Status.NOT_APPLICABLE, reason, null, millis));
            throw new TestAbortedException("not applicable: " + reason);
        }
        String reason = failure == null ? "" : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        if (!mismatches.isEmpty()) {
            reason = (reason.isEmpty() ? "" : reason + "; ") + "replay mismatch: " + mismatches.get(0).summary();
        }
        if (scenario.sdkGap() != null) {
            reason = "SDK gap: " + scenario.sdkGap() + "; the scenario fails with " + reason;
            REPORT.record(key, new Outcome(Status.FAILED, reason, null, millis));
            throw new TestAbortedException(reason);
        }
        REPORT.record(key, new Outcome(Status.FAILED, reason, null, millis));
        AssertionError error = new AssertionError(key + " failed: " + reason
                + (mismatches.isEmpty() ? "" : "\n" + mismatches.get(0).report()));
        if (failure != null) {
            error.initCause(failure);
        }
        throw error;
    }

    private static String describe(Collection<Drift> drifts) {
        return drifts.stream().map(Drift::description).sorted().collect(Collectors.joining("; "));
    }

    /**
     * The essence of a mismatch: the recorded message and what the CLI sent instead, both from a little before the
     * first character where they differ when that lies far into the text.
     */
    static String evidence(ReplayMismatch mismatch) {
        ReplaySnapshot.Message recorded = mismatch.recordedMessage();
        ReplaySnapshot.Message live = mismatch.requestMessage();
        String recordedText = recorded == null ? null : text(recorded);
        String liveText = live == null ? null : text(live);
        int from = 0;
        if (recordedText != null && liveText != null) {
            int common = 0;
            while (common < recordedText.length() && common < liveText.length()
                    && recordedText.charAt(common) == liveText.charAt(common)) {
                common++;
            }
            from = Math.max(0, common - EVIDENCE_CONTEXT);
        }
        return "recorded " + (recorded == null ? "nothing (the recording ends)" : describe(recorded, from))
                + ", live " + (live == null ? "nothing (the request ends)" : describe(live, from));
    }

    private static String text(ReplaySnapshot.Message message) {
        return message.content() != null ? message.content() : message.toString();
    }

    private static String describe(ReplaySnapshot.Message message, int from) {
        String text = text(message);
        String shown = text.substring(Math.min(from, text.length()));
        if (shown.length() > EVIDENCE_LENGTH) {
            shown = shown.substring(0, EVIDENCE_LENGTH) + "…";
        }
        return message.role() + " message '" + (from > 0 ? "…" : "") + shown + "'";
    }

    private static CategoryEnvironment category(String category, Path firstSnapshot) {
        CategoryEnvironment environment = current;
        if (environment != null && environment.category().equals(category)) {
            return environment;
        }
        closeCategory();
        environment = new CategoryEnvironment(category, firstSnapshot);
        current = environment;
        return environment;
    }

    private static void closeCategory() {
        CategoryEnvironment environment = current;
        current = null;
        if (environment != null) {
            try {
                environment.close();
            } catch (RuntimeException | AssertionError e) {
                log.warn("Closing the environment of {} failed", environment.category(), e);
            }
        }
    }

    private static Path snapshotsRoot() {
        Path root = Path.of(System.getProperty("copilot4j.root", ".")).resolve("../shared/snapshots")
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("The recorded snapshots are missing: " + root);
        }
        return root;
    }

    private static List<Path> recordingFiles(Path root) {
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.filter(file -> file.toString().endsWith(".yaml") && !file.getParent().equals(root))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
