package io.github.copilot4j.internal.cli;

import io.github.copilot4j.CopilotConnectionException;
import io.github.copilot4j.CopilotException;
import io.github.copilot4j.CopilotTimeoutException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running CLI child process. Standard error is drained by a daemon thread into a bounded, redacted tail and to
 * the debug log; the exit is watched without a thread of our own.
 */
public final class CliProcess {

    private static final Logger log = LoggerFactory.getLogger(CliProcess.class);
    private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)", Pattern.CASE_INSENSITIVE);
    /** How long the tail of an ended process waits for its last standard error lines to be read. */
    private static final Duration STDERR_DRAIN_WAIT = Duration.ofMillis(500);

    private final Process process;
    private final StderrTail stderr = new StderrTail(40);
    private final CompletableFuture<Integer> exit;
    private final Thread stderrDrain;

    private CliProcess(Process process) {
        this.process = process;
        this.exit = process.onExit().thenApply(Process::exitValue);
        this.stderrDrain = new Thread(() -> drainStderr(process.getErrorStream()),
                "copilot-cli-stderr-" + process.pid());
        stderrDrain.setDaemon(true);
        stderrDrain.start();
    }

    /**
     * Starts the CLI.
     *
     * @param command the executable and its arguments
     * @param environment the child's complete environment
     * @param workingDirectory the child's working directory
     */
    public static CliProcess start(List<String> command, Map<String, String> environment, Path workingDirectory) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            log.debug("Started the Copilot CLI (pid {}): {}", process.pid(), command);
            return new CliProcess(process);
        } catch (IOException e) {
            throw new CopilotException("Could not start the Copilot CLI " + command.get(0) + ": " + e.getMessage(),
                    e);
        }
    }

    private void drainStderr(InputStream errorStream) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(errorStream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String redacted = stderr.add(line);
                log.debug("CLI stderr: {}", redacted);
            }
        } catch (IOException e) {
            log.trace("CLI stderr closed", e);
        }
    }

    /** The process id. */
    public long pid() {
        return process.pid();
    }

    /** The CLI's standard input, which carries JSON-RPC frames in stdio mode. */
    public OutputStream stdin() {
        return process.getOutputStream();
    }

    /** The CLI's standard output, which carries JSON-RPC frames in stdio mode. */
    public InputStream stdout() {
        return process.getInputStream();
    }

    /** Completes with the exit code when the process ends. */
    public CompletableFuture<Integer> exitFuture() {
        return exit;
    }

    /** Whether the process is running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * The last lines of standard error, redacted. Once the process has ended, waits briefly until what it wrote last
     * has been read, so the tail explains the exit.
     */
    public String stderrTail() {
        if (!process.isAlive()) {
            try {
                stderrDrain.join(STDERR_DRAIN_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return stderr.text();
    }

    /** The exit code once the process ended within the given time, otherwise {@code null}. */
    public @Nullable Integer awaitExit(Duration timeout) {
        try {
            return exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    /**
     * Reads standard output until the CLI announces its TCP port, then keeps draining standard output to the debug
     * log so the CLI never blocks on a full pipe.
     *
     * @throws CopilotConnectionException when the CLI exits first
     * @throws CopilotTimeoutException when no announcement comes in time
     */
    public int awaitAnnouncedPort(Duration timeout) {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> readStdoutLines(port), "copilot-cli-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        exit.thenAccept(code -> port.completeExceptionally(new CopilotConnectionException(
                "The Copilot CLI exited before announcing its TCP port", code, stderrTail(), null)));
        try {
            return port.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new CopilotTimeoutException("Waiting for the Copilot CLI to announce its TCP port", timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CopilotException("Interrupted while waiting for the Copilot CLI's TCP port", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CopilotException copilotException) {
                throw copilotException;
            }
            throw new CopilotException("Could not read the Copilot CLI's TCP port", e.getCause());
        }
    }

    private void readStdoutLines(CompletableFuture<Integer> port) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stdout(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                Matcher matcher = LISTENING.matcher(line);
                if (!port.isDone() && matcher.find()) {
                    port.complete(Integer.parseInt(matcher.group(1)));
                }
                log.debug("CLI stdout: {}", line);
            }
        } catch (IOException | RuntimeException e) {
            log.trace("CLI stdout closed", e);
        }
    }

    /**
     * Stops the process gracefully and waits for it: in stdio mode the CLI exits when its standard input ends, so
     * that is closed first; a TCP server ignores its input, so it is asked to terminate. After the grace period it
     * is terminated, and finally killed.
     *
     * @param exitsOnInputEnd whether the CLI serves JSON-RPC on its standard input (stdio mode)
     * @return the exit code, or {@code null} if the process could not be confirmed dead
     */
    public @Nullable Integer stop(Duration grace, boolean exitsOnInputEnd) {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already closed: the CLI sees end of input either way
        }
        if (!exitsOnInputEnd) {
            process.destroy();
        }
        Integer code = awaitExit(grace);
        if (code == null && exitsOnInputEnd) {
            log.debug("The Copilot CLI (pid {}) did not exit after its input closed; terminating it", pid());
            process.destroy();
            code = awaitExit(Duration.ofSeconds(2));
        }
        if (code == null) {
            return kill();
        }
        return code;
    }

    /** Kills the process at once and waits briefly for it to be gone. */
    public @Nullable Integer kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        return awaitExit(Duration.ofSeconds(5));
    }
}
