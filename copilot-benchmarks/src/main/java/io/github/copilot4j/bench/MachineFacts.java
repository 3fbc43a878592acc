package io.github.copilot4j.bench;

import io.github.copilot4j.bench.report.Machine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the report says about the machine, read from Linux's {@code /proc} and {@code /etc}, and the tools' versions. */
final class MachineFacts {

    private static final Pattern VERSION = Pattern.compile("(\\d+\\.\\d+\\.\\d+)");

    private MachineFacts() {
    }

    static Machine describe(Path cli, String cliVersion, double loadAverageStart) {
        return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), memoryGib(), osName(),
                read(Path.of("/proc/sys/kernel/osrelease")).strip(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                output(List.of("node", "--version")), cliVersion + " (" + cli + ")", loadAverageStart, loadAverage());
    }

    /** The 1-minute load average, or NaN where it cannot be read. */
    static double loadAverage() {
        try {
            return Double.parseDouble(read(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The version the CLI reports for itself. */
    static String cliVersion(Path cli) {
        Matcher version = VERSION.matcher(output(List.of(cli.toString(), "--version")));
        return version.find() ? version.group(1) : "unknown";
    }

    private static String cpuModel() {
        for (String line : read(Path.of("/proc/cpuinfo")).split("\n")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).strip();
            }
        }
        return System.getProperty("os.arch");
    }

    private static double memoryGib() {
        for (String line : read(Path.of("/proc/meminfo")).split("\n")) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / (1024.0 * 1024.0);
            }
        }
        return Double.NaN;
    }

    private static String osName() {
        for (String line : read(Path.of("/etc/os-release")).split("\n")) {
            if (line.startsWith("PRETTY_NAME=")) {
                return line.substring("PRETTY_NAME=".length()).replace("\"", "");
            }
        }
        return System.getProperty("os.name");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static String output(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return new String(output, StandardCharsets.UTF_8).strip().split("\n")[0];
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
