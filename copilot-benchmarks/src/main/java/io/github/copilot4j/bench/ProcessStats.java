package io.github.copilot4j.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * CPU time and memory of a process, read from Linux's {@code /proc}. Values are empty when the process is gone or
 * {@code /proc} is not there.
 */
public final class ProcessStats {

    /** Clock ticks per second of {@code /proc/<pid>/stat}; 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessStats() {
    }

    /** The CPU time (user and system) the process has used so far, in milliseconds. */
    public static Optional<Double> cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) may contain spaces; the fields after it are space separated.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Optional.of(ticks * 1000 / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The resident set size, in KiB ({@code VmRSS}). */
    public static Optional<Long> rssKib(long pid) {
        return statusField(pid, "VmRSS:");
    }

    /** The peak resident set size, in KiB ({@code VmHWM}). */
    public static Optional<Long> peakRssKib(long pid) {
        return statusField(pid, "VmHWM:");
    }

    private static Optional<Long> statusField(long pid, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(name)) {
                    return Optional.of(Long.parseLong(line.substring(name.length()).replace("kB", "").strip()));
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
