package io.github.copilot4j.bench;

import io.github.copilot4j.bench.report.ConcurrencyResult;
import io.github.copilot4j.bench.report.Measurement;
import io.github.copilot4j.bench.report.MemoryResult;
import io.github.copilot4j.bench.report.Series;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The measurements of a run. Side-by-side ones run the contenders interleaved (A, B, C, A, B, C, ...), one command at
 * a time, after warm-up rounds that are dropped.
 */
final class Phases {

    private static final Duration COPILOT4J_ONLY_TIMEOUT = Duration.ofMinutes(20);
    private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([\\d.]+) seconds \\(process running for "
            + "([\\d.]+)\\)");
    private static final String SAMPLE_APP_MAIN = "io.github.copilot4j.sample.SampleApplication";

    private final BenchmarkRunner run;
    private final RunOptions options;
    private final Sandbox sandbox;

    Phases(BenchmarkRunner run) {
        this.run = run;
        this.options = run.options();
        this.sandbox = run.sandbox();
    }

    /** Simple turns and tool turns, every contender on its own CLI, no tap. */
    void turns() throws Exception {
        BenchmarkRunner.log("Turn latency: " + options.warmups() + " warm-up and " + options.samples()
                + " measured rounds");
        Map<Contender, WorkerProcess> workers = startWorkers("turns", false);
        try {
            Map<String, Samples> simple = samplesFor(workers);
            Map<String, Samples> tool = samplesFor(workers);
            for (int round = -options.warmups(); round < options.samples(); round++) {
                boolean measured = round >= 0;
                runRound(workers, "turn", "2", measured ? simple : null);
                runRound(workers, "tool", "done", measured ? tool : null);
            }
            run.addMeasurement(new Measurement("simple-turn", "1. Turn latency", "ms",
                    "`sendAndWait(\"What is 1+1?\")` on an open session (BYOK, streaming), until the SDK completes "
                            + "it on `session.idle`; the raw floors time from writing `session.send` to reading "
                            + "`session.idle`. Timed inside each worker. The model answers `2` at once.",
                    series(workers, simple)));
            run.addMeasurement(new Measurement("tool-turn", "2a. Tool turn", "ms",
                    "A turn in which the model calls the custom tool `echo_tool` once: the CLI asks for permission "
                            + "(approved), requests the tool call (answered with the echoed text), then calls the "
                            + "model again, which answers `done`.",
                    series(workers, tool)));
            residentMemory(workers);
        } finally {
            closeAll(workers);
        }
    }

    /** Tool turns through the {@link WireTap}, which times each client's answers on the wire. */
    void wire() throws Exception {
        BenchmarkRunner.log("Tool round trip on the wire: " + options.warmups() + " warm-up and " + options.samples()
                + " measured tool turns through the wire tap");
        Map<Contender, WorkerProcess> workers = startWorkers("wire", true);
        Map<String, Samples> tappedTurns = samplesFor(workers);
        try {
            for (int round = -options.warmups(); round < options.samples(); round++) {
                runRound(workers, "tool", "done", round >= 0 ? tappedTurns : null);
            }
        } finally {
            closeAll(workers);
        }
        List<Series> toolAnswers = new ArrayList<>();
        List<Series> permissionAnswers = new ArrayList<>();
        for (Contender contender : workers.keySet()) {
            TapLog log = TapLog.read(sandbox.tapLog("wire-" + contender.id()));
            List<String> failures = log.unanswered() == 0 ? List.of()
                    : List.of(log.unanswered() + " request(s) never answered");
            failures.forEach(failure -> run.error("wire, " + contender.label() + ": " + failure));
            toolAnswers.add(BenchmarkRunner.series(contender, measured(log.toolAnswerMs()), failures));
            permissionAnswers.add(BenchmarkRunner.series(contender, measured(log.permissionAnswerMs()), List.of()));
        }
        run.addMeasurement(new Measurement("wire-tool-answer", "2b. Tool round trip on the wire", "ms",
                "From the frame carrying `external_tool.requested` to the client's `session.tools.handlePendingToolCall` "
                        + "frame for it, both read whole by a wire tap between the client and the CLI. Includes two "
                        + "pipe hops through the tap, which the raw floors show; a client's own cost is its "
                        + "difference to the floor.",
                toolAnswers));
        run.addMeasurement(new Measurement("wire-permission-answer", "2c. Permission round trip on the wire", "ms",
                "From `permission.requested` to `session.permissions.handlePendingPermissionRequest`, measured the "
                        + "same way, in the same tool turns.",
                permissionAnswers));
        run.addMeasurement(new Measurement("wire-tool-turn", "2d. Tool turn through the tap", "ms",
                "The whole tool turns of 2b and 2c, tap included.", series(workers, tappedTurns)));
    }

    /** copilot4j alone: many sessions of one client at once, each running tool turns. */
    ConcurrencyResult concurrency() throws Exception {
        int sessions = options.concurrentSessions();
        int turns = options.concurrentTurns();
        BenchmarkRunner.log("Concurrency: " + sessions + " sessions x " + turns + " tool turns on one client");
        Contender copilot4j = copilot4j();
        run.modelServer().reset();
        run.modelServer().respondWith(BenchmarkRunner::modelReply);
        WorkerProcess worker = startWorker(copilot4j, "concurrency-" + copilot4j.id(), sandbox.cli());
        if (worker == null) {
            return failedConcurrency("the worker did not start");
        }
        try (worker) {
            JsonNode answer = worker.command("concurrency " + sessions + " " + turns, COPILOT4J_ONLY_TIMEOUT);
            if (!answer.path("ok").asBoolean()) {
                run.error("concurrency: " + answer.path("error").asString());
                return failedConcurrency(answer.path("error").asString());
            }
            List<Double> latencies = new ArrayList<>();
            answer.path("latenciesMs").forEach(latency -> latencies.add(latency.asDouble()));
            double wallMs = answer.path("wallMs").asDouble();
            ConcurrencyResult result = new ConcurrencyResult(sessions, turns, answer.path("completedTurns").asInt(),
                    answer.path("errors").asInt(), answer.path("firstError").isString()
                            ? answer.path("firstError").asString() : null,
                    answer.path("lostEvents").asInt(), answer.path("duplicatedEvents").asInt(), wallMs / 1000,
                    answer.path("completedTurns").asInt() / (wallMs / 1000), BenchmarkRunner.summaryOf(latencies),
                    answer.path("peakThreads").asInt(), answer.path("cliCpuMs").asDouble() / wallMs,
                    answer.path("sdkCpuMs").asDouble() / wallMs, answer.path("orchestratorCpuMs").asDouble() / wallMs);
            if (result.errors() > 0 || result.lostEvents() > 0 || result.duplicatedEvents() > 0
                    || result.completedTurns() != sessions * turns) {
                run.error("concurrency: " + result.errors() + " errors, " + result.lostEvents() + " lost and "
                        + result.duplicatedEvents() + " duplicated events, " + result.completedTurns() + " of "
                        + sessions * turns + " turns completed" + (result.firstError() == null ? ""
                        : "; first error: " + result.firstError()));
            }
            return result;
        } finally {
            run.modelServer().reset();
            run.modelServer().respondWith(BenchmarkRunner::modelReply);
        }
    }

    private ConcurrencyResult failedConcurrency(String reason) {
        return new ConcurrencyResult(options.concurrentSessions(), options.concurrentTurns(), 0,
                options.concurrentSessions() * options.concurrentTurns(), reason, 0, 0, 0, 0, null, 0, 0, 0, 0);
    }

    /** copilot4j alone: the heap retained by idle sessions, and the CLI's memory for them. */
    MemoryResult memory() throws Exception {
        int sessions = options.memorySessions();
        BenchmarkRunner.log("Memory: " + sessions + " idle sessions on one client");
        Contender copilot4j = copilot4j();
        WorkerProcess worker = startWorker(copilot4j, "memory-" + copilot4j.id(), sandbox.cli());
        if (worker == null) {
            return new MemoryResult(sessions, 0, "the worker did not start", 0, 0, 0, 0, 0, 0);
        }
        try (worker) {
            JsonNode answer = worker.command("memory " + sessions, COPILOT4J_ONLY_TIMEOUT);
            if (!answer.path("ok").asBoolean()) {
                run.error("memory: " + answer.path("error").asString());
                return new MemoryResult(sessions, 0, answer.path("error").asString(), 0, 0, 0, 0, 0, 0);
            }
            worker.command("release", COPILOT4J_ONLY_TIMEOUT);
            MemoryResult result = new MemoryResult(sessions, answer.path("opened").asInt(),
                    answer.path("firstFailure").isString() ? answer.path("firstFailure").asString() : null,
                    answer.path("bytesPerSession").asDouble(), answer.path("heapBeforeBytes").asLong(),
                    answer.path("heapAfterBytes").asLong(), answer.path("createMs").asDouble() / 1000,
                    answer.path("cliRssBeforeKib").asLong(), answer.path("cliRssAfterKib").asLong());
            if (result.opened() < sessions) {
                run.note("The CLI opened " + result.opened() + " of " + sessions + " sessions: "
                        + result.firstFailure());
            }
            return result;
        }
    }

    /** Fresh processes, one start-up per contender per round, interleaved. */
    void startup() throws Exception {
        int warmups = options.smoke() ? 0 : 1;
        BenchmarkRunner.log("Start-up: " + warmups + " warm-up and " + options.startups() + " measured rounds");
        Map<String, Samples> connected = new LinkedHashMap<>();
        Map<String, Samples> firstPing = new LinkedHashMap<>();
        Map<String, Samples> processReady = new LinkedHashMap<>();
        for (Contender contender : run.contenders()) {
            connected.put(contender.id(), new Samples());
            firstPing.put(contender.id(), new Samples());
            processReady.put(contender.id(), new Samples());
        }
        for (int round = -warmups; round < options.startups(); round++) {
            for (Contender contender : run.contenders()) {
                Path config = sandbox.workerConfig("startup-" + contender.id(), sandbox.cli());
                String name = "startup-" + (round + warmups) + "-" + contender.id();
                JsonNode answer;
                double readyMs;
                try (WorkerProcess worker = WorkerProcess.launch(name, contender.commandFor(config, true),
                        sandbox.cli(), sandbox.logs())) {
                    answer = worker.awaitAnswer(BenchmarkRunner.TURN_TIMEOUT);
                    readyMs = (System.nanoTime() - worker.launchedNanos()) / 1_000_000.0;
                }
                if (round < 0) {
                    continue;
                }
                if (!answer.path("ok").asBoolean()) {
                    String failure = answer.path("error").asString();
                    run.error("start-up, " + contender.label() + ": " + failure);
                    connected.get(contender.id()).failures.add(failure);
                    continue;
                }
                connected.get(contender.id()).values.add(answer.path("connectMs").asDouble());
                processReady.get(contender.id()).values.add(readyMs);
                if (answer.has("pingMs")) {
                    firstPing.get(contender.id()).values.add(answer.path("pingMs").asDouble());
                }
            }
        }
        List<Series> connectSeries = new ArrayList<>();
        List<Series> pingSeries = new ArrayList<>();
        List<Series> readySeries = new ArrayList<>();
        for (Contender contender : run.contenders()) {
            Samples ping = firstPing.get(contender.id());
            if (!ping.values.isEmpty()) {
                pingSeries.add(BenchmarkRunner.series(contender, ping.values, ping.failures));
            }
            Samples connect = connected.get(contender.id());
            connectSeries.add(BenchmarkRunner.series(contender, connect.values, connect.failures));
            readySeries.add(BenchmarkRunner.series(contender, processReady.get(contender.id()).values, List.of()));
        }
        run.addMeasurement(new Measurement("startup-first-ping", "3a. Start-up: the CLI's first ping", "ms",
                "Fresh CLI per sample: from just before spawning the CLI to the reply to its first `ping`, in a raw "
                        + "floor. The CLI's own start-up time.", pingSeries));
        run.addMeasurement(new Measurement("startup-connected", "3b. Start-up: a connected client", "ms",
                "Fresh process and CLI per sample: from just before creating the client (copilot4j `new "
                        + "CopilotClient` + `start()`, Node SDK `start()`, Java SDK `start().get()`) to its return; "
                        + "the raw floors: spawn, `ping`, then `connect`. Timed inside each worker after the "
                        + "runtime has booted and read its configuration (Node modules imported, Jackson loaded); the "
                        + "copilot4j worker has also initialised SLF4J, as an application that logs has before it "
                        + "creates a client. The SDKs' own class loading and initialisation are timed.",
                connectSeries));
        run.addMeasurement(new Measurement("startup-process", "3c. Start-up: process launch to connected", "ms",
                "The orchestrator's clock from launching the worker process (`java`/`node`) to its answer: runtime "
                        + "boot and class or module loading included.", readySeries));
    }

    /** The sample application's time to ready, with the CLI started lazily and eagerly, interleaved. */
    void sampleApp() throws Exception {
        String classpath = options.sampleAppClasspath();
        if (classpath == null) {
            run.note("The sample application's start-up was not measured: no classpath was given.");
            return;
        }
        BenchmarkRunner.log("Sample app start-up: " + options.sampleAppStarts() + " runs per mode");
        Map<String, Samples> ready = new LinkedHashMap<>();
        ready.put("lazy", new Samples());
        ready.put("eager", new Samples());
        for (int round = 0; round < options.sampleAppStarts(); round++) {
            for (Map.Entry<String, Samples> mode : ready.entrySet()) {
                try {
                    mode.getValue().values.add(startSampleApp(classpath, mode.getKey(), round));
                } catch (IOException | RuntimeException e) {
                    run.error("sample app (" + mode.getKey() + "): " + e.getMessage());
                    mode.getValue().failures.add(String.valueOf(e.getMessage()));
                }
            }
        }
        List<Series> series = new ArrayList<>();
        for (Map.Entry<String, Samples> mode : ready.entrySet()) {
            series.add(Series.of("sample-app-" + mode.getKey(), "sample app, `copilot.cli.startup=" + mode.getKey()
                    + "`", mode.getValue().values, mode.getValue().failures.size(),
                    mode.getValue().failures.isEmpty() ? null : mode.getValue().failures.get(0)));
        }
        run.addMeasurement(new Measurement("sample-app-ready", "3d. Start-up: the sample application", "ms",
                "From launching `java` to Spring Boot's `Started … in` line (offline demo back end). Eager starts the "
                        + "CLI before the application is ready; lazy starts it in the background.", series));
    }

    private double startSampleApp(String classpath, String mode, int round) throws Exception {
        Path log = Files.createDirectories(sandbox.logs()).resolve("sample-app-" + mode + "-" + round + ".log");
        ProcessBuilder builder = new ProcessBuilder(run.java(), "-Dcopilot4j.root=" + options.repositoryRoot(),
                "-cp", classpath, SAMPLE_APP_MAIN, "--copilot.cli.startup=" + mode, "--server.port=0",
                "--management.server.port=0")
                .directory(options.repositoryRoot().toFile())
                .redirectErrorStream(true);
        List.of("COPILOT_GITHUB_TOKEN", "GH_TOKEN", "GITHUB_TOKEN").forEach(builder.environment()::remove);
        long launched = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); var writer = Files.newBufferedWriter(log)) {
            CompletableFuture<Double> started = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try {
                    String line;
                    while ((line = out.readLine()) != null) {
                        writer.write(line);
                        writer.write('\n');
                        Matcher matcher = STARTED.matcher(line);
                        if (matcher.find()) {
                            started.complete((System.nanoTime() - launched) / 1_000_000.0);
                        }
                    }
                } catch (IOException e) {
                    started.completeExceptionally(e);
                }
                started.completeExceptionally(new IOException("The sample application ended before it was ready; "
                        + "see " + log));
            }, "sample-app-output");
            reader.setDaemon(true);
            reader.start();
            try {
                return started.get(BenchmarkRunner.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException(e.getCause().getMessage(), e.getCause());
            } finally {
                List<ProcessHandle> descendants = process.descendants().toList();
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    run.error("sample app (" + mode + ") did not stop within 30 s of SIGTERM");
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
                for (ProcessHandle descendant : descendants) {
                    if (descendant.isAlive() && !descendant.onExit().completeOnTimeout(descendant, 10,
                            TimeUnit.SECONDS).join().isAlive()) {
                        continue;
                    }
                    if (descendant.isAlive()) {
                        run.error("sample app (" + mode + ") left process " + descendant.pid() + " running");
                        descendant.destroyForcibly();
                    }
                }
                reader.join(5000);
            }
        }
    }

    private Contender copilot4j() {
        Contender copilot4j = run.contender(Contender.COPILOT4J);
        if (copilot4j == null) {
            throw new IllegalStateException("The copilot4j contender is not defined");
        }
        return profiled(copilot4j, "copilot4j-" + System.nanoTime());
    }

    /** The contender recording a JFR profile when the run profiles, otherwise itself. */
    private Contender profiled(Contender contender, String name) {
        if (!options.profile() || !contender.id().equals(Contender.COPILOT4J)) {
            return contender;
        }
        Path recording = sandbox.directory().resolve("jfr").resolve(name + ".jfr");
        try {
            Files.createDirectories(recording.getParent());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        run.note("JFR profile of " + name + ": " + recording);
        return contender.withJvmOptions(List.of("-XX:StartFlightRecording=settings=profile,filename=" + recording));
    }

    private Map<Contender, WorkerProcess> startWorkers(String phase, boolean tapped) throws Exception {
        Map<Contender, WorkerProcess> workers = new LinkedHashMap<>();
        for (Contender contender : run.contenders()) {
            String name = phase + "-" + contender.id();
            var executable = tapped ? sandbox.tapScript(name, run.java(), run.classpath()) : sandbox.cli();
            WorkerProcess worker = startWorker(profiled(contender, name), name, executable);
            if (worker != null) {
                workers.put(contender, worker);
            }
        }
        return workers;
    }

    /** A worker in serve mode that answered ready, or null after recording why it did not. */
    private @Nullable WorkerProcess startWorker(Contender contender, String name, Path executable) throws Exception {
        Path config = sandbox.workerConfig(name, executable);
        WorkerProcess worker = WorkerProcess.launch(name, contender.commandFor(config, false), sandbox.cli(),
                sandbox.logs());
        JsonNode ready = worker.awaitAnswer(BenchmarkRunner.TURN_TIMEOUT);
        if (!ready.path("ok").asBoolean()) {
            run.error(name + ": the worker did not start: " + ready.path("error").asString());
            worker.close();
            return null;
        }
        return worker;
    }

    private void runRound(Map<Contender, WorkerProcess> workers, String command, String expected,
            @Nullable Map<String, Samples> samples) throws InterruptedException {
        for (Map.Entry<Contender, WorkerProcess> entry : workers.entrySet()) {
            JsonNode answer = entry.getValue().command(command, BenchmarkRunner.TURN_TIMEOUT);
            String failure = !answer.path("ok").asBoolean() ? answer.path("error").asString()
                    : !answer.path("content").asString().equals(expected)
                            ? "answered '" + answer.path("content").asString() + "' instead of '" + expected + "'"
                            : null;
            if (failure != null) {
                run.error(entry.getValue().name() + " " + command + ": " + failure);
            }
            if (samples == null) {
                continue;
            }
            Samples target = samples.get(entry.getKey().id());
            if (failure != null) {
                target.failures.add(failure);
            } else {
                target.values.add(answer.path("ms").asDouble());
            }
        }
    }

    /** Notes each worker's and its CLI's resident memory after the turns. */
    private void residentMemory(Map<Contender, WorkerProcess> workers) {
        StringBuilder note = new StringBuilder("Resident memory after the turn measurements (client process / its "
                + "CLI):");
        for (Map.Entry<Contender, WorkerProcess> entry : workers.entrySet()) {
            long client = ProcessStats.rssKib(entry.getValue().pid()).orElse(0L);
            long cli = entry.getValue().cliProcess().flatMap(handle -> ProcessStats.rssKib(handle.pid())).orElse(0L);
            note.append(String.format(" %s %d MB / %d MB;", entry.getKey().label(), client / 1024, cli / 1024));
        }
        note.setLength(note.length() - 1);
        run.note(note + ". Java workers run with the JVM's default heap settings.");
    }

    private List<Double> measured(List<Double> all) {
        return all.size() <= options.warmups() ? List.of() : all.subList(options.warmups(), all.size());
    }

    private static Map<String, Samples> samplesFor(Map<Contender, WorkerProcess> workers) {
        Map<String, Samples> samples = new LinkedHashMap<>();
        workers.keySet().forEach(contender -> samples.put(contender.id(), new Samples()));
        return samples;
    }

    private static List<Series> series(Map<Contender, WorkerProcess> workers, Map<String, Samples> samples) {
        List<Series> series = new ArrayList<>();
        for (Contender contender : workers.keySet()) {
            Samples entry = samples.get(contender.id());
            series.add(BenchmarkRunner.series(contender, entry.values, entry.failures));
        }
        return series;
    }

    private static void closeAll(Map<Contender, WorkerProcess> workers) throws InterruptedException {
        for (WorkerProcess worker : workers.values()) {
            worker.close();
        }
    }

    /** One contender's values and failures of one measurement. */
    private static final class Samples {

        final List<Double> values = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
    }
}
