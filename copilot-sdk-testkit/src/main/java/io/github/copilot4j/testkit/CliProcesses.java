package io.github.copilot4j.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/** Finds the Copilot CLI processes this JVM started that are still running. */
public final class CliProcesses {

    private CliProcesses() {
    }

    /** The running descendants of this JVM whose executable is the given CLI. */
    public static List<ProcessHandle> running(Path cliPath) {
        String executable = realPath(cliPath);
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.equals(executable)
                        || command.equals(cliPath.toString())).orElse(false))
                .collect(Collectors.toList());
    }

    /**
     * Kills the running descendants of this JVM whose executable is the given CLI, waits for them to be gone, and
     * describes each one killed (an empty list when there were none).
     */
    public static List<String> killLeftovers(Path cliPath) {
        List<ProcessHandle> leftovers = running(cliPath);
        List<String> described = leftovers.stream()
                .map(process -> "pid " + process.pid() + " " + process.info().commandLine().orElse(""))
                .collect(Collectors.toList());
        for (ProcessHandle process : leftovers) {
            process.destroyForcibly();
        }
        for (ProcessHandle process : leftovers) {
            awaitExit(process, Duration.ofSeconds(5));
        }
        return described;
    }

    static void awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException ignored) {
            // reported by the caller through running()
        }
    }

    private static String realPath(Path path) {
        try {
            return path.toRealPath().toString();
        } catch (IOException e) {
            return path.toAbsolutePath().toString();
        }
    }
}
