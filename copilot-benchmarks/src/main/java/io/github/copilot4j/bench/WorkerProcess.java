package io.github.copilot4j.bench;

import io.github.copilot4j.bench.worker.WorkerLoop;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A running worker: a contender's process, driven through its standard input, answering with {@code BENCH <json>}
 * lines (see {@link WorkerLoop}). Its other output and its standard error go to log files.
 */
final class WorkerProcess implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode END_OF_OUTPUT = JSON.createObjectNode().put("ok", false)
            .put("error", "The worker ended without answering");

    private final String name;
    private final Process process;
    private final Path cli;
    private final long launchedNanos;
    private final PrintWriter commands;
    private final BlockingQueue<JsonNode> answers = new LinkedBlockingQueue<>();

    private WorkerProcess(String name, Process process, Path cli, long launchedNanos, Path outputLog) {
        this.name = name;
        this.process = process;
        this.cli = cli;
        this.launchedNanos = launchedNanos;
        this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> readAnswers(outputLog), "worker-output-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Launches a worker.
     *
     * @param name the worker's name in logs
     * @param command the worker's command line
     * @param cli the CLI executable the worker starts, to find it among the worker's descendants
     * @param logDirectory where {@code <name>.out} and {@code <name>.err} are written
     */
    static WorkerProcess launch(String name, List<String> command, Path cli, Path logDirectory) throws IOException {
        Files.createDirectories(logDirectory);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(logDirectory.resolve(name + ".err").toFile());
        long launched = System.nanoTime();
        return new WorkerProcess(name, builder.start(), cli, launched, logDirectory.resolve(name + ".out"));
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    /** When the worker was launched, on {@link System#nanoTime()}. */
    long launchedNanos() {
        return launchedNanos;
    }

    /** The CLI process the worker started, if it is running. */
    Optional<ProcessHandle> cliProcess() {
        String executable = cli.toAbsolutePath().normalize().toString();
        return process.descendants()
                .filter(child -> child.info().command().map(executable::equals).orElse(false))
                .filter(child -> child.parent().flatMap(parent -> parent.info().command())
                        .map(parentCommand -> !parentCommand.equals(executable)).orElse(true))
                .findFirst();
    }

    /** The next answer; a failed one ({@code "ok": false}) when none comes in time or the worker ended. */
    JsonNode awaitAnswer(Duration timeout) throws InterruptedException {
        JsonNode answer = answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (answer == null) {
            return JSON.createObjectNode().put("ok", false)
                    .put("error", "No answer from " + name + " within " + timeout.toSeconds() + " s");
        }
        return answer;
    }

    /** Sends a command and waits for its answer. */
    JsonNode command(String command, Duration timeout) throws InterruptedException {
        commands.println(command);
        return awaitAnswer(timeout);
    }

    /** Asks the worker to quit and waits for it to exit; kills it and its descendants when it does not. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        commands.println("quit");
        commands.close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            descendants.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle descendant : descendants) {
            if (!descendant.onExit().completeOnTimeout(descendant, 10, TimeUnit.SECONDS).join().isAlive()) {
                continue;
            }
            descendant.destroyForcibly();
        }
    }

    private void readAnswers(Path outputLog) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); Writer log = Files.newBufferedWriter(outputLog)) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(WorkerLoop.ANSWER_PREFIX)) {
                    answers.add(JSON.readTree(line.substring(WorkerLoop.ANSWER_PREFIX.length())));
                } else {
                    log.write(line);
                    log.write('\n');
                    log.flush();
                }
            }
        } catch (IOException | RuntimeException e) {
            // the worker ended or wrote a broken answer; the waiting command gets the end-of-output answer
        }
        answers.add(END_OF_OUTPUT);
    }
}
