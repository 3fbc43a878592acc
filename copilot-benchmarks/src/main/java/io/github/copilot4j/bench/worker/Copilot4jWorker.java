package io.github.copilot4j.bench.worker;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotClientOptions;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.LogLevel;
import io.github.copilot4j.SendOptions;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.bench.ProcessStats;
import io.github.copilot4j.config.ProviderConfig;
import io.github.copilot4j.config.ProviderType;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.tool.ToolDefinition;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The copilot4j contender: one {@link CopilotClient} over stdio and two sessions, one for simple turns and one for
 * tool turns. Besides {@code turn} and {@code tool} it runs the copilot4j-only measurements: {@code concurrency
 * <sessions> <turns>}, {@code memory <sessions>} (then {@code release}). With {@code --startup} it only measures the
 * time to a connected client and exits.
 *
 * <p>Usage: {@code Copilot4jWorker <config.json> [--startup]}
 */
public final class Copilot4jWorker {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);

    private final WorkerConfig config;
    private final CopilotClient client;
    private final SessionConfig sessionConfig;
    private final List<CopilotSession> heldSessions = new ArrayList<>();
    private CopilotSession simpleSession;
    private CopilotSession toolSession;

    private Copilot4jWorker(WorkerConfig config, CopilotClient client) {
        this.config = config;
        this.client = client;
        this.sessionConfig = sessionConfig(config);
    }

    public static void main(String[] args) throws Exception {
        WorkerConfig config = WorkerConfig.read(Path.of(args[0]));
        boolean startupOnly = args.length > 1 && args[1].equals("--startup");
        // The application's logging facade is up before it creates a client, as in any application that logs;
        // copilot4j's own class loading and initialization are timed.
        LoggerFactory.getILoggerFactory();
        long start = System.nanoTime();
        CopilotClient client = new CopilotClient(clientOptions(config));
        try {
            client.start();
            double connectMs = WorkerLoop.millisSince(start);
            if (startupOnly) {
                WorkerLoop.send(WorkerLoop.answer().put("ok", true).put("connectMs", connectMs));
                return;
            }
            Copilot4jWorker worker = new Copilot4jWorker(config, client);
            long sessionsStart = System.nanoTime();
            worker.simpleSession = client.createSession(worker.sessionConfig);
            double firstSessionMs = WorkerLoop.millisSince(sessionsStart);
            worker.toolSession = client.createSession(worker.sessionConfig);
            WorkerLoop.send(WorkerLoop.answer().put("ok", true).put("connectMs", connectMs)
                    .put("firstSessionMs", firstSessionMs).put("cliVersion", client.cliVersion().orElse("unknown")));
            WorkerLoop.run(worker::handle);
        } catch (Exception | AssertionError e) {
            WorkerLoop.sendFailure(e);
        } finally {
            client.close();
        }
        System.exit(0);
    }

    static CopilotClientOptions clientOptions(WorkerConfig config) {
        return CopilotClientOptions.builder()
                .cliPath(config.cli())
                .inheritEnvironment(false)
                .environment(config.environment())
                .workingDirectory(config.workDirectory())
                .useLoggedInUser(false)
                .logLevel(LogLevel.INFO)
                .build();
    }

    static SessionConfig sessionConfig(WorkerConfig config) {
        ObjectNode schema = (ObjectNode) JsonMapper.builder().build().readTree(WorkerConfig.TOOL_SCHEMA);
        ToolDefinition echo = ToolDefinition.of(WorkerConfig.TOOL_NAME, WorkerConfig.TOOL_DESCRIPTION, schema,
                invocation -> invocation.arguments().path("text").asString());
        return SessionConfig.builder()
                .model(config.model())
                .provider(ProviderConfig.builder(config.baseUrl()).type(ProviderType.OPENAI).apiKey(config.apiKey())
                        .build())
                .streaming(true)
                .onPermissionRequest(PermissionHandler.approveAll())
                .tools(List.of(echo))
                .build();
    }

    private ObjectNode handle(String command, List<String> arguments) throws Exception {
        return switch (command) {
            case "turn" -> timedTurn(simpleSession, WorkerConfig.SIMPLE_PROMPT);
            case "tool" -> timedTurn(toolSession, WorkerConfig.TOOL_PROMPT);
            case "concurrency" -> concurrency(Integer.parseInt(arguments.get(0)), Integer.parseInt(arguments.get(1)));
            case "memory" -> memory(Integer.parseInt(arguments.get(0)));
            case "release" -> release();
            default -> throw new IllegalArgumentException("Unknown command " + command);
        };
    }

    private static ObjectNode timedTurn(CopilotSession session, String prompt) {
        long start = System.nanoTime();
        Optional<AssistantMessageEvent> answer = session.sendAndWait(prompt, TURN_TIMEOUT);
        double ms = WorkerLoop.millisSince(start);
        return WorkerLoop.answer().put("ms", ms).put("content", answer.map(AssistantMessageEvent::content).orElse(""));
    }

    /**
     * Opens {@code sessionCount} sessions and runs {@code turns} tool turns in each, all sessions at once, driven
     * asynchronously so that the only threads are the SDK's. Every persisted event of every session must have
     * reached its listener.
     */
    private ObjectNode concurrency(int sessionCount, int turns) {
        List<EventLog> logs = new ArrayList<>();
        List<CompletableFuture<CopilotSession>> opening = new ArrayList<>();
        for (int i = 0; i < sessionCount; i++) {
            EventLog log = new EventLog();
            logs.add(log);
            opening.add(client.createSessionAsync(sessionConfig.toBuilder().onEvent(log::record).build()));
        }
        List<CopilotSession> sessions = opening.stream().map(CompletableFuture::join).toList();

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        threads.resetPeakThreadCount();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        long cliPid = client.cliProcessId().orElse(-1L);
        long orchestratorPid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        double cliCpuStart = ProcessStats.cpuMillis(cliPid).orElse(0.0);
        double orchestratorCpuStart = ProcessStats.cpuMillis(orchestratorPid).orElse(0.0);
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        List<CompletableFuture<Void>> chains = new ArrayList<>();
        for (CopilotSession session : sessions) {
            CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
            for (int turn = 0; turn < turns; turn++) {
                chain = chain.thenCompose(ignored -> timedToolTurn(session, latencies, errors));
            }
            chains.add(chain);
        }
        CompletableFuture.allOf(chains.toArray(CompletableFuture[]::new)).join();
        double wallMs = WorkerLoop.millisSince(start);
        double cpuMs = (processCpuNanos() - cpuStart) / 1_000_000.0;
        double cliCpuMs = ProcessStats.cpuMillis(cliPid).orElse(0.0) - cliCpuStart;
        double orchestratorCpuMs = ProcessStats.cpuMillis(orchestratorPid).orElse(0.0) - orchestratorCpuStart;
        int peakThreads = threads.getPeakThreadCount();

        int lost = 0;
        int duplicated = 0;
        int idles = 0;
        for (int i = 0; i < sessions.size(); i++) {
            EventLog log = logs.get(i);
            Set<String> seen = new HashSet<>();
            for (String id : log.ids()) {
                if (!seen.add(id)) {
                    duplicated++;
                }
            }
            for (SessionEvent persisted : sessions.get(i).getMessages()) {
                if (!seen.contains(persisted.id())) {
                    lost++;
                }
            }
            idles += log.idles.get();
        }
        for (CopilotSession session : sessions) {
            session.disconnect();
        }
        ArrayNode latencyArray = WorkerLoop.answer().arrayNode();
        latencies.forEach(latencyArray::add);
        ObjectNode answer = WorkerLoop.answer()
                .put("sessions", sessionCount)
                .put("turns", sessionCount * turns)
                .put("completedTurns", latencies.size())
                .put("errors", errors.size())
                .put("firstError", errors.isEmpty() ? null : errors.peek())
                .put("lostEvents", lost)
                .put("duplicatedEvents", duplicated)
                .put("idleEvents", idles)
                .put("wallMs", wallMs)
                .put("sdkCpuMs", cpuMs)
                .put("cliCpuMs", cliCpuMs)
                .put("orchestratorCpuMs", orchestratorCpuMs)
                .put("peakThreads", peakThreads)
                .put("liveThreadsAfter", threads.getThreadCount());
        answer.set("latenciesMs", latencyArray);
        return answer;
    }

    private static CompletableFuture<Void> timedToolTurn(CopilotSession session, ConcurrentLinkedQueue<Double> latencies,
            ConcurrentLinkedQueue<String> errors) {
        long start = System.nanoTime();
        return session.sendAndWaitAsync(WorkerConfig.TOOL_PROMPT, SendOptions.defaults(), TURN_TIMEOUT)
                .handle((answer, failure) -> {
                    if (failure != null) {
                        errors.add(WorkerLoop.describe(failure));
                    } else if (!answer.map(AssistantMessageEvent::content).orElse("").equals("done")) {
                        errors.add("Unexpected answer " + answer);
                    } else {
                        latencies.add(WorkerLoop.millisSince(start));
                    }
                    return null;
                });
    }

    /**
     * Opens up to {@code sessionCount} idle sessions (stopping at the first the CLI refuses) and reports the heap they
     * retain after full collections. The sessions stay open, so the orchestrator can read the CLI's memory, until
     * {@code release}.
     */
    private ObjectNode memory(int sessionCount) throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            client.createSession(sessionConfig).disconnect();
        }
        long cliPid = client.cliProcessId().orElse(-1L);
        long heapBefore = usedHeapAfterGc();
        long cliRssBefore = ProcessStats.rssKib(cliPid).orElse(0L);
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        Semaphore inFlight = new Semaphore(8);
        AtomicInteger failures = new AtomicInteger();
        ConcurrentLinkedQueue<String> firstFailure = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<CopilotSession>> opening = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < sessionCount && failures.get() == 0; i++) {
            inFlight.acquire();
            opening.add(client.createSessionAsync(sessionConfig).whenComplete((session, failure) -> {
                inFlight.release();
                if (failure != null && failures.incrementAndGet() == 1) {
                    firstFailure.add(WorkerLoop.describe(failure));
                }
            }));
        }
        for (CompletableFuture<CopilotSession> future : opening) {
            CopilotSession session = future.exceptionally(failure -> null).join();
            if (session != null) {
                heldSessions.add(session);
            }
        }
        double createMs = WorkerLoop.millisSince(start);
        long heapAfter = usedHeapAfterGc();
        long cliRssAfter = ProcessStats.rssKib(cliPid).orElse(0L);
        int opened = heldSessions.size();
        return WorkerLoop.answer()
                .put("requested", sessionCount)
                .put("opened", opened)
                .put("failures", failures.get())
                .put("firstFailure", firstFailure.peek())
                .put("createMs", createMs)
                .put("heapBeforeBytes", heapBefore)
                .put("heapAfterBytes", heapAfter)
                .put("bytesPerSession", opened == 0 ? 0 : (heapAfter - heapBefore) / (double) opened)
                .put("cliRssBeforeKib", cliRssBefore)
                .put("cliRssAfterKib", cliRssAfter)
                .put("threadsBefore", threadsBefore)
                .put("threadsAfter", ManagementFactory.getThreadMXBean().getThreadCount());
    }

    private ObjectNode release() {
        for (CopilotSession session : heldSessions) {
            session.disconnectAsync();
        }
        int released = heldSessions.size();
        heldSessions.clear();
        return WorkerLoop.answer().put("released", released);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The ids of the events a session's listener received, in order; written by one listener at a time. */
    private static final class EventLog {

        private final List<String> ids = new ArrayList<>();
        private final AtomicInteger idles = new AtomicInteger();

        synchronized List<String> ids() {
            return List.copyOf(ids);
        }

        synchronized void record(SessionEvent event) {
            ids.add(event.id());
            if (event instanceof SessionIdleEvent) {
                idles.incrementAndGet();
            }
        }
    }
}
