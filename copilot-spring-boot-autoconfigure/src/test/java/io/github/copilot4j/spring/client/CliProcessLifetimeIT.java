package io.github.copilot4j.spring.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.spring.TestCliProperties;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No CLI outlives the application that started it: a child JVM runs {@link CliOwningApplication} with the starter,
 * and after it ends (its context closed, {@code System.exit}, SIGTERM or SIGKILL) the CLI it started is gone. After
 * a SIGKILL no code of the JVM runs: over stdio the CLI exits because its standard input ends. Over TCP it does not,
 * which is the one limit: a CLI serving TCP outlives a JVM killed with SIGKILL.
 */
class CliProcessLifetimeIT {

    private static final Duration CHILD_START = Duration.ofSeconds(90);
    private static final Duration CLI_GONE = Duration.ofSeconds(10);

    private CopilotTestEnvironment environment;
    private final List<Process> children = new ArrayList<>();
    private final List<Long> cliProcesses = new ArrayList<>();

    @BeforeEach
    void createEnvironment() {
        environment = CopilotTestEnvironment.create();
    }

    @AfterEach
    void cleanUp() {
        children.forEach(Process::destroyForcibly);
        cliProcesses.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        environment.close();
    }

    @Test
    void closingTheContextStopsTheCli() throws Exception {
        Process child = startChild("close");
        long cli = awaitCliPid(child);

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertGone(cli);
    }

    @Test
    void systemExitStopsTheCli() throws Exception {
        Process child = startChild("exit");
        long cli = awaitCliPid(child);

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertGone(cli);
    }

    @Test
    void sigtermToTheJvmStopsTheCli() throws Exception {
        Process child = startChild("wait");
        long cli = awaitCliPid(child);

        child.destroy();

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertGone(cli);
    }

    @Test
    void sigkillToTheJvmEndsTheCliThroughItsClosedInput() throws Exception {
        Process child = startChild("wait");
        long cli = awaitCliPid(child);

        child.destroyForcibly();

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertGone(cli);
    }

    @Test
    void overTcpACliOutlivesAJvmKilledWithSigkill() throws Exception {
        Process child = startChild("wait", "--copilot.cli.use-stdio=false");
        long cli = awaitCliPid(child);

        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        Thread.sleep(CLI_GONE.toMillis() / 2);
        assertThat(ProcessHandle.of(cli).filter(ProcessHandle::isAlive)).as("the orphaned TCP server").isPresent();
    }

    private Process startChild(String mode, String... extraArguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", ManagementFactory.getRuntimeMXBean().getClassPath(),
                CliOwningApplication.class.getName(), mode, "--copilot.cli.startup=eager"));
        for (String property : TestCliProperties.of(environment)) {
            command.add("--" + property);
        }
        command.addAll(List.of(extraArguments));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        children.add(child);
        return child;
    }

    /** Reads the child's output until it announces the CLI's process id; keeps draining it afterwards. */
    private long awaitCliPid(Process child) throws Exception {
        CompletableFuture<Long> pid = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            List<String> lines = new ArrayList<>();
            try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = output.readLine()) != null) {
                    lines.add(line);
                    if (line.startsWith(CliOwningApplication.PID_LINE)) {
                        pid.complete(Long.parseLong(line.substring(CliOwningApplication.PID_LINE.length()).strip()));
                    }
                }
            } catch (IOException e) {
                pid.completeExceptionally(e);
            }
            pid.completeExceptionally(new AssertionError("The child ended without a CLI: " + String.join("\n",
                    lines.subList(Math.max(0, lines.size() - 40), lines.size()))));
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        long cli = pid.get(CHILD_START.toMillis(), TimeUnit.MILLISECONDS);
        cliProcesses.add(cli);
        Optional<ProcessHandle> running = ProcessHandle.of(cli).filter(ProcessHandle::isAlive);
        assertThat(running).as("the CLI runs").isPresent();
        assertThat(running.get().parent().map(ProcessHandle::pid)).as("the CLI is the child JVM's")
                .hasValue(child.pid());
        return cli;
    }

    private static void assertGone(long cli) {
        Awaitility.await("CLI " + cli + " gone").atMost(CLI_GONE)
                .until(() -> ProcessHandle.of(cli).filter(ProcessHandle::isAlive).isEmpty());
    }
}
