package io.github.copilot4j.bench.report;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Renders a {@link RunReport} as the Markdown of {@code latest.md}. */
public final class MarkdownReport {

    /** The contender every ratio divides by: the raw-protocol floor in Java. */
    public static final String FLOOR = "raw-java";

    private static final String METHOD = """
            **Method**: every contender is a long-lived worker process that spawns its own CLI (the same binary, \
            fresh isolated home directories, the same arguments `--headless --no-auto-update --log-level info --stdio \
            --no-auto-login`), opens two sessions (BYOK provider, streaming, the custom tool `echo_tool`, approve-all \
            permissions) and runs the orchestrator's commands. The orchestrator hosts the test kit's `FakeModelServer`, \
            which answers every contender at once. Rounds run the contenders one at a time in turn (A, B, C, ..., A, \
            B, C, ...) after warm-up rounds that are dropped; timings are taken inside the workers. Medians, and p90 \
            and p99 by nearest rank (below 100 samples p99 is the maximum); ratios divide by the Java raw floor's \
            figure of the same run.

            """;

    private MarkdownReport() {
    }

    /** The report's Markdown. */
    public static String render(RunReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# copilot4j benchmarks\n\n");
        md.append("Run ").append(report.startedAt()).append(String.format(Locale.ROOT, " (%.0f s) with `bench/run%s`.",
                report.durationSeconds(), report.smoke() ? " --smoke" : ""));
        if (report.smoke()) {
            md.append(" **Smoke run**: a few samples per contender, to check that everything works; the figures mean "
                    + "nothing.");
        }
        md.append("\n\n");
        machine(md, report.machine());
        settings(md, report.settings());
        md.append(METHOD);
        if (!report.errors().isEmpty()) {
            md.append("## Errors\n\n");
            report.errors().forEach(error -> md.append("- ").append(error).append('\n'));
            md.append('\n');
        }
        targets(md, report);
        for (Measurement measurement : report.measurements()) {
            measurement(md, measurement);
        }
        jmh(md, report);
        concurrency(md, report.concurrency());
        memory(md, report.memory());
        md.append("## Contenders\n\n| id | what |\n|---|---|\n");
        report.contenders().forEach((id, what) -> md.append("| `").append(id).append("` | ").append(what)
                .append(" |\n"));
        md.append('\n');
        if (!report.notes().isEmpty()) {
            md.append("## Notes\n\n");
            report.notes().forEach(note -> md.append("- ").append(note).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    /** The targets table alone, as the README shows it. */
    public static String targetsTable(RunReport report) {
        StringBuilder md = new StringBuilder("| target | measured | met |\n|---|---|---|\n");
        for (TargetCheck check : report.targets()) {
            md.append("| ").append(check.target()).append(" | ").append(check.measured()).append(" | ")
                    .append(check.met() == null ? "not measured" : check.met() ? "yes" : "**no**").append(" |\n");
        }
        return md.toString();
    }

    /** A measurement's table: one row per contender, with the ratios to the floor's median and p99. */
    public static String table(Measurement measurement) {
        Optional<Summary> floor = measurement.of(FLOOR).map(Series::summary);
        StringBuilder md = new StringBuilder("| contender | n | median | p90 | p99 | min | max | median ÷ floor "
                + "| p99 ÷ floor |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Series series : measurement.series()) {
            Summary summary = series.summary();
            md.append("| ").append(series.label()).append(" | ");
            if (summary == null) {
                md.append(series.errors()).append(" failed: ").append(escape(series.firstError()))
                        .append(" | | | | | | | |\n");
                continue;
            }
            md.append(summary.count()).append(series.errors() > 0 ? " (+" + series.errors() + " failed)" : "")
                    .append(" | ").append(number(summary.median())).append(" | ").append(number(summary.p90()))
                    .append(" | ").append(number(summary.p99())).append(" | ").append(number(summary.min()))
                    .append(" | ").append(number(summary.max())).append(" | ")
                    .append(ratio(summary.median(), floor.map(Summary::median))).append(" | ")
                    .append(ratio(summary.p99(), floor.map(Summary::p99))).append(" |\n");
        }
        return md.toString();
    }

    private static void machine(StringBuilder md, Machine machine) {
        md.append("**Machine**: ").append(machine.cpu()).append(", ").append(machine.cpus()).append(" CPUs, ")
                .append(String.format(Locale.ROOT, "%.0f GiB", machine.memoryGib())).append(", ")
                .append(machine.os()).append(" (kernel ").append(machine.kernel()).append("). ")
                .append(machine.java()).append("; Node ").append(machine.node()).append("; Copilot CLI ")
                .append(machine.cli()).append(String.format(Locale.ROOT,
                        ". Load average (1 min) %.2f at the start, %.2f at the end.\n\n", machine.loadAverageStart(),
                        machine.loadAverageEnd()));
    }

    private static void settings(StringBuilder md, Map<String, Object> settings) {
        md.append("**Settings**:");
        settings.forEach((name, value) -> md.append(' ').append(name).append(' ').append(value).append(','));
        md.setLength(md.length() - 1);
        md.append(".\n\n");
    }

    private static void targets(StringBuilder md, RunReport report) {
        if (report.targets().isEmpty()) {
            return;
        }
        md.append("## Targets\n\n").append(targetsTable(report)).append('\n');
    }

    private static void measurement(StringBuilder md, Measurement measurement) {
        md.append("## ").append(measurement.title()).append(" (").append(measurement.unit()).append(")\n\n")
                .append(measurement.description()).append("\n\n").append(table(measurement)).append('\n');
    }

    private static void jmh(StringBuilder md, RunReport report) {
        if (report.jmh().isEmpty()) {
            return;
        }
        md.append("## Event path and framing codec (JMH, copilot4j)\n\n")
                .append("| benchmark | mode | score | ± | unit | derived |\n|---|---|---|---|---|---|\n");
        for (JmhScore score : report.jmh()) {
            StringBuilder derived = new StringBuilder();
            score.percentiles().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey((a, b) -> Double.compare(Double.parseDouble(a),
                            Double.parseDouble(b))))
                    .forEach(entry -> derived.append("p").append(entry.getKey().replace(".0", "")).append(' ')
                            .append(number(entry.getValue())).append("; "));
            score.derived().forEach((name, value) -> derived.append(number(value)).append(' ').append(name)
                    .append("; "));
            md.append("| ").append(score.benchmark()).append(" | ").append(score.mode()).append(" | ")
                    .append(number(score.score())).append(" | ")
                    .append(Double.isNaN(score.error()) ? "" : number(score.error())).append(" | ")
                    .append(score.unit()).append(" | ")
                    .append(derived.length() == 0 ? "" : derived.substring(0, derived.length() - 2)).append(" |\n");
        }
        md.append('\n');
    }

    private static void concurrency(StringBuilder md, @Nullable ConcurrencyResult result) {
        if (result == null) {
            return;
        }
        Summary latency = result.turnLatency();
        md.append("## Concurrency (copilot4j: one client, one CLI)\n\n")
                .append(result.sessions()).append(" sessions × ").append(result.turnsPerSession())
                .append(" turns, each turn with one tool call, all sessions at once.\n\n")
                .append("| turns | turns/s | latency median (ms) | p99 (ms) | errors | lost events | duplicated events "
                        + "| peak JVM threads | CLI CPU | copilot4j CPU | model server CPU |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|\n")
                .append("| ").append(result.completedTurns()).append(" | ").append(number(result.turnsPerSecond()))
                .append(" | ").append(latency == null ? "" : number(latency.median())).append(" | ")
                .append(latency == null ? "" : number(latency.p99())).append(" | ").append(result.errors())
                .append(" | ").append(result.lostEvents()).append(" | ").append(result.duplicatedEvents())
                .append(" | ").append(result.peakThreads()).append(" | ").append(percent(result.cliCpuShare()))
                .append(" | ").append(percent(result.sdkCpuShare())).append(" | ")
                .append(percent(result.modelServerCpuShare())).append(" |\n\n")
                .append("CPU shares are CPU time over wall time; 100 % is one core busy for the whole run.");
        if (result.firstError() != null) {
            md.append(" First error: ").append(escape(result.firstError())).append('.');
        }
        md.append("\n\n");
    }

    private static void memory(StringBuilder md, @Nullable MemoryResult result) {
        if (result == null) {
            return;
        }
        md.append("## Memory (copilot4j: idle sessions on one client)\n\n")
                .append("| sessions open | JVM heap per session | heap before | heap after | CLI RSS before | CLI RSS after "
                        + "| CLI RSS per session | opening took |\n|---|---|---|---|---|---|---|---|\n")
                .append("| ").append(result.opened()).append(" of ").append(result.requested()).append(" | ")
                .append(String.format(Locale.ROOT, "%.1f KB", result.heapBytesPerSession() / 1000)).append(" | ")
                .append(megabytes(result.heapBeforeBytes())).append(" | ").append(megabytes(result.heapAfterBytes()))
                .append(" | ").append(megabytes(result.cliRssBeforeKib() * 1024)).append(" | ")
                .append(megabytes(result.cliRssAfterKib() * 1024)).append(" | ")
                .append(result.opened() == 0 ? "" : String.format(Locale.ROOT, "%.0f KB",
                        (result.cliRssAfterKib() - result.cliRssBeforeKib()) * 1.024 / result.opened()))
                .append(" | ").append(String.format(Locale.ROOT, "%.1f s", result.createSeconds())).append(" |\n\n");
        if (result.firstFailure() != null) {
            md.append("The CLI refused further sessions: ").append(escape(result.firstFailure())).append("\n\n");
        }
    }

    /** A number with about three significant digits. */
    static String number(double value) {
        double magnitude = Math.abs(value);
        String format = magnitude >= 1000 ? "%,.0f" : magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f"
                : magnitude >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, format, value);
    }

    private static String ratio(double value, Optional<Double> floor) {
        return floor.filter(base -> base > 0).map(base -> String.format(Locale.ROOT, "%.2f", value / base)).orElse("");
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static String escape(@Nullable String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
