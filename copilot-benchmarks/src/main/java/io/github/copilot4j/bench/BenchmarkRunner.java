package io.github.copilot4j.bench;

import io.github.copilot4j.bench.report.ConcurrencyResult;
import io.github.copilot4j.bench.report.JmhScore;
import io.github.copilot4j.bench.report.Machine;
import io.github.copilot4j.bench.report.MarkdownReport;
import io.github.copilot4j.bench.report.Measurement;
import io.github.copilot4j.bench.report.MemoryResult;
import io.github.copilot4j.bench.report.RunReport;
import io.github.copilot4j.bench.report.Series;
import io.github.copilot4j.bench.report.Summary;
import io.github.copilot4j.bench.worker.Copilot4jWorker;
import io.github.copilot4j.bench.worker.RawProtocolWorker;
import io.github.copilot4j.cli.CliLocator;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelReply;
import io.github.copilot4j.testkit.ModelRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the benchmarks of {@code bench/run}: starts the fake model server every contender shares, runs the
 * measurements with the contenders interleaved, and writes {@code latest.md} and {@code latest.json}. Exits with 1
 * when anything failed (a wrong answer, a lost event, a contender that broke); ratios never fail a run.
 *
 * <p>Usage: {@code BenchmarkRunner [--smoke] [--profile] [--out dir] [--work dir] [--root dir] [--node-dir dir]
 * [--official-java-classpath cp --official-java-shim dir --official-java-version v] [--sample-app-classpath cp]
 * [--samples n] [--warmups n] [--startups n] [--memory-sessions n] [--concurrent-sessions n]
 * [--concurrent-turns n] [--sample-app-starts n] [--phases jmh,turns,wire,concurrency,memory,startup,sample-app]}
 */
public final class BenchmarkRunner {

    static final Duration TURN_TIMEOUT = Duration.ofSeconds(120);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunOptions options;
    private final Sandbox sandbox;
    private final FakeModelServer modelServer;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final String classpath = System.getProperty("java.class.path");
    private final List<Contender> contenders = new ArrayList<>();
    private final Map<String, String> contenderDescriptions = new LinkedHashMap<>();
    private final List<Measurement> measurements = new ArrayList<>();
    private final List<JmhScore> jmh = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private @Nullable ConcurrencyResult concurrency;
    private @Nullable MemoryResult memory;
    private String cliVersion = "unknown";

    private BenchmarkRunner(RunOptions options, Path cli, FakeModelServer modelServer) throws IOException {
        this.options = options;
        this.modelServer = modelServer;
        String stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "");
        this.sandbox = new Sandbox(options.workDirectory().resolve("run-" + stamp), cli, modelServer.openAiBaseUrl());
    }

    public static void main(String[] args) throws Exception {
        RunOptions options = RunOptions.parse(args);
        Path cli = new CliLocator(System.getenv(), options.repositoryRoot()).locate(null);
        try (FakeModelServer modelServer = FakeModelServer.builder().maxThreads(64).start()) {
            modelServer.respondWith(BenchmarkRunner::modelReply);
            RunReport report = new BenchmarkRunner(options, cli, modelServer).run();
            System.exit(report.errors().isEmpty() ? 0 : 1);
        }
    }

    /**
     * The fake model's answers, the same for every contender: {@code done} after a tool result, a call of
     * {@code echo_tool} when the prompt asks for it, otherwise {@code 2}.
     */
    static ModelReply modelReply(ModelRequest request) {
        List<ModelMessage> messages = request.messages();
        if (!messages.isEmpty() && messages.get(messages.size() - 1).role().equals("tool")) {
            return ModelReply.text("done");
        }
        if (request.lastUserMessage().contains("echo_tool")) {
            return ModelReply.toolCall("echo_tool", "{\"text\":\"hello\"}");
        }
        return ModelReply.text("2");
    }

    private RunReport run() throws Exception {
        Instant started = Instant.now();
        double loadStart = MachineFacts.loadAverage();
        log("Run directory " + sandbox.directory() + "; CLI " + sandbox.cli() + "; load average " + loadStart);
        cliVersion = MachineFacts.cliVersion(sandbox.cli());
        defineContenders();
        if (options.runs("turns") || options.runs("wire") || options.runs("startup")) {
            prepareOfficialJava();
        }
        // The JMH benchmarks first, on a machine no contender or CLI has run on yet: microsecond latencies are
        // disturbed for a while after the process-heavy phases.
        if (options.runs("jmh")) {
            jmh.addAll(new JmhRun(java, classpath, sandbox.directory(), options.smoke()).run(errors));
        }
        Phases phases = new Phases(this);
        if (options.runs("turns")) {
            phases.turns();
        }
        if (options.runs("wire")) {
            phases.wire();
        }
        if (options.runs("concurrency")) {
            concurrency = phases.concurrency();
        }
        if (options.runs("memory")) {
            memory = phases.memory();
        }
        if (options.runs("startup")) {
            phases.startup();
        }
        if (options.runs("sample-app")) {
            phases.sampleApp();
        }
        modelServer.reset();
        Machine machine = MachineFacts.describe(sandbox.cli(), cliVersion, loadStart);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("samples", options.samples());
        settings.put("warm-up rounds", options.warmups());
        settings.put("start-ups", options.startups());
        settings.put("memory sessions", options.memorySessions());
        settings.put("concurrent sessions", options.concurrentSessions());
        settings.put("turns per concurrent session", options.concurrentTurns());
        settings.put("sample app starts", options.sampleAppStarts());
        RunReport report = new RunReport(started.truncatedTo(ChronoUnit.SECONDS).toString(),
                Duration.between(started, Instant.now()).toMillis() / 1000.0, options.smoke(), machine, settings,
                contenderDescriptions, measurements, jmh, concurrency, memory,
                Targets.evaluate(measurements, jmh, concurrency, memory), notes, errors);
        Files.createDirectories(options.outputDirectory());
        Files.writeString(options.outputDirectory().resolve("latest.md"), MarkdownReport.render(report));
        Files.writeString(options.outputDirectory().resolve("latest.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        log("Wrote " + options.outputDirectory().resolve("latest.md"));
        if (!errors.isEmpty()) {
            log("Errors:");
            errors.forEach(error -> log("  " + error));
        }
        return report;
    }

    private void defineContenders() {
        addContender(new Contender(Contender.RAW_JAVA, "raw floor (Java)",
                List.of(java, "-cp", classpath, RawProtocolWorker.class.getName())),
                "A minimal JSON-RPC client in Java (Jackson for JSON, nothing else): writes the frames, answers "
                        + "permission and tool requests on its reader thread, waits for `session.idle`. The floor "
                        + "every ratio divides by.");
        List<String> copilot4j = new ArrayList<>(List.of(java, "-cp", classpath, Copilot4jWorker.class.getName()));
        addContender(new Contender(Contender.COPILOT4J, "copilot4j", copilot4j),
                "This SDK, `sendAndWait` on a `CopilotSession`; tool `ToolDefinition.of`, `PermissionHandler.approveAll()`.");
        addContender(new Contender(Contender.RAW_NODE, "raw floor (Node)",
                List.of("node", options.nodeDirectory().resolve("raw-worker.mjs").toString())),
                "The same minimal client in Node.js, as the anchor measurements used.");
        addContender(new Contender(Contender.NODE_SDK, "Node SDK 1.0.14",
                List.of("node", options.nodeDirectory().resolve("sdk-worker.mjs").toString())),
                "The official `@github/copilot-sdk` 1.0.14, `RuntimeConnection.forStdio({path})` on the run's CLI, "
                        + "`sendAndWait`, `defineTool`, `approveAll`.");
    }

    private void addContender(Contender contender, String description) {
        contenders.add(contender);
        contenderDescriptions.put(contender.id(), description);
    }

    /**
     * Adds the official Java SDK: as shipped when it connects to the CLI, otherwise with the ping shim ahead of it on
     * the classpath, saying so in the notes.
     */
    private void prepareOfficialJava() throws Exception {
        String officialClasspath = options.officialJavaClasspath();
        if (officialClasspath == null) {
            notes.add("The official Java SDK was not measured: no classpath was given (bench/run resolves it).");
            return;
        }
        String mainClass = "io.github.copilot4j.bench.official.OfficialJavaWorker";
        String label = "Java SDK " + options.officialJavaVersion();
        Contender asShipped = new Contender(Contender.OFFICIAL_JAVA, label,
                List.of(java, "-cp", officialClasspath, mainClass));
        JsonNode probe = startOnce(asShipped, "probe-official-java");
        if (probe.path("ok").asBoolean()) {
            addContender(asShipped, "The official `com.github:copilot-sdk-java` " + options.officialJavaVersion()
                    + " as shipped (the newest on Maven Central), `sendAndWait(prompt).get()`.");
            return;
        }
        notes.add("The official Java SDK " + options.officialJavaVersion() + " as shipped cannot connect to CLI "
                + cliVersion + ": `" + rootCause(probe.path("error").asString()) + "`.");
        Path shim = options.officialJavaShim();
        if (shim == null) {
            return;
        }
        Contender shimmed = new Contender(Contender.OFFICIAL_JAVA, label + " + ping shim",
                List.of(java, "-cp", shim + File.pathSeparator + officialClasspath, mainClass));
        JsonNode retry = startOnce(shimmed, "probe-official-java-shim");
        if (!retry.path("ok").asBoolean()) {
            notes.add("With the ping shim it fails too: `" + retry.path("error").asString() + "`; it is left out.");
            return;
        }
        addContender(shimmed, "The official `com.github:copilot-sdk-java` " + options.officialJavaVersion()
                + " (the newest on Maven Central) with one class replaced: `PingResponse`, whose `timestamp` the "
                + "shipped SDK reads as a number while the CLI sends an ISO-8601 text. The shim (bench/official-java/"
                + "ping-shim) accepts both; everything else is the SDK as shipped. Read its figures as an indication.");
        notes.add("The official Java SDK ran with the ping shim (see Contenders), because as shipped it fails the "
                + "handshake.");
    }

    /** The innermost cause's first line of a worker's error description ({@code outer <- ... <- innermost}). */
    static String rootCause(String description) {
        int last = description.lastIndexOf(" <- ");
        String innermost = last < 0 ? description : description.substring(last + " <- ".length());
        return innermost.lines().findFirst().orElse(innermost).strip();
    }

    /** Starts a worker in start-up mode once and returns its answer. */
    JsonNode startOnce(Contender contender, String name) throws Exception {
        Path config = sandbox.workerConfig(name, sandbox.cli());
        try (WorkerProcess worker = WorkerProcess.launch(name, contender.commandFor(config, true), sandbox.cli(),
                sandbox.logs())) {
            return worker.awaitAnswer(TURN_TIMEOUT);
        }
    }

    RunOptions options() {
        return options;
    }

    Sandbox sandbox() {
        return sandbox;
    }

    FakeModelServer modelServer() {
        return modelServer;
    }

    String java() {
        return java;
    }

    String classpath() {
        return classpath;
    }

    List<Contender> contenders() {
        return contenders;
    }

    void addMeasurement(Measurement measurement) {
        measurements.add(measurement);
    }

    void note(String note) {
        notes.add(note);
    }

    void error(String error) {
        log("ERROR " + error);
        errors.add(error);
    }

    /** The contender {@code id}, if it runs. */
    @Nullable Contender contender(String id) {
        return contenders.stream().filter(contender -> contender.id().equals(id)).findFirst().orElse(null);
    }

    static Series series(Contender contender, List<Double> samples, List<String> failures) {
        return Series.of(contender.id(), contender.label(), samples, failures.size(),
                failures.isEmpty() ? null : failures.get(0));
    }

    static @Nullable Summary summaryOf(List<Double> samples) {
        return samples.isEmpty() ? null : Summary.of(samples);
    }

    static void log(String message) {
        System.out.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + message);
        System.out.flush();
    }
}
