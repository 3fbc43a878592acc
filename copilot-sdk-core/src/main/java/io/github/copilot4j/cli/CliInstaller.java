package io.github.copilot4j.cli;

import io.github.copilot4j.CopilotException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the pinned Copilot CLI into a cache directory with the machine's {@code npm}, once. The executable ends
 * up in {@code <cache>/<version>/node_modules/@github/copilot-<os>-<arch>/}, where {@link CliLocator} looks for it.
 */
public final class CliInstaller {

    /** The CLI version this SDK is built and tested against. */
    public static final String PINNED_VERSION = "1.0.102";

    private static final Logger log = LoggerFactory.getLogger(CliInstaller.class);
    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    private final Path cacheDirectory;
    private final String version;
    private final String npmCommand;
    private final Duration timeout;
    private final CliPlatform platform;

    /** An installer of the pinned version into the default cache directory. */
    public CliInstaller() {
        this(defaultCacheDirectory(), PINNED_VERSION, defaultNpmCommand(), DEFAULT_TIMEOUT);
    }

    /**
     * An installer with explicit settings.
     *
     * @param cacheDirectory where versions are installed, one sub-directory each
     * @param version the {@code @github/copilot} version to install
     * @param npmCommand the npm executable, e.g. {@code npm}
     * @param timeout how long npm may take
     */
    public CliInstaller(Path cacheDirectory, String version, String npmCommand, Duration timeout) {
        if (version.isBlank() || !version.matches("[0-9A-Za-z.+-]+")) {
            throw new IllegalArgumentException("version must be an npm version such as " + PINNED_VERSION
                    + ", was '" + version + "'");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        this.cacheDirectory = cacheDirectory.toAbsolutePath();
        this.version = version;
        this.npmCommand = npmCommand;
        this.timeout = timeout;
        this.platform = CliPlatform.current();
    }

    /** {@code $XDG_CACHE_HOME/copilot4j/cli}, or {@code ~/.cache/copilot4j/cli}. */
    public static Path defaultCacheDirectory() {
        String xdgCache = System.getenv("XDG_CACHE_HOME");
        Path base = xdgCache != null && !xdgCache.isBlank()
                ? Path.of(xdgCache)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("copilot4j").resolve("cli");
    }

    /** The command a person runs to install the pinned CLI into a project. */
    public static String installCommand() {
        return "npm install " + CliPlatform.LOADER_PACKAGE + "@" + PINNED_VERSION;
    }

    static Path executableBelow(Path cacheDirectory, String version, CliPlatform platform) {
        return platform.executableIn(cacheDirectory.resolve(version).resolve("node_modules"));
    }

    /** Where this installer puts the executable. */
    public Path executable() {
        return executableBelow(cacheDirectory, version, platform);
    }

    /**
     * Installs the CLI unless it is already there, and returns the executable.
     *
     * @throws CopilotException when npm is missing, fails or times out; the message carries npm's output
     */
    public Path install() {
        Path executable = executable();
        if (Files.isExecutable(executable)) {
            return executable;
        }
        Path prefix = cacheDirectory.resolve(version);
        List<String> command = new ArrayList<>(List.of(npmCommand, "install", "--prefix", prefix.toString(),
                "--no-audit", "--no-fund", "--no-save", "--no-package-lock",
                CliPlatform.LOADER_PACKAGE + "@" + version));
        log.info("Installing the GitHub Copilot CLI {} into {}", version, prefix);
        String output = run(command, prefix);
        if (!Files.isExecutable(executable)) {
            throw new CopilotException("npm installed " + CliPlatform.LOADER_PACKAGE + "@" + version
                    + " but " + executable + " is missing; npm may not support this platform ("
                    + platform.packageName() + "). npm output:\n" + output);
        }
        return executable;
    }

    private String run(List<String> command, Path prefix) {
        Process process;
        try {
            Files.createDirectories(prefix);
            process = new ProcessBuilder(command).directory(prefix.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new CopilotException("Could not run '" + npmCommand + "' to install the Copilot CLI: "
                    + e.getMessage() + ". Install Node.js and npm, or install the CLI yourself with: "
                    + installCommand(), e);
        }
        try (InputStream output = process.getInputStream()) {
            var collected = new java.io.ByteArrayOutputStream();
            Thread pump = new Thread(() -> {
                try {
                    output.transferTo(collected);
                } catch (IOException ignored) {
                    // the process ended; what was read is kept
                }
            }, "copilot-cli-installer-output");
            pump.setDaemon(true);
            pump.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new CopilotException("npm did not finish installing the Copilot CLI within "
                        + timeout.toSeconds() + " s");
            }
            pump.join(TimeUnit.SECONDS.toMillis(5));
            String text = collected.toString(StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new CopilotException("npm failed (exit code " + process.exitValue()
                        + ") to install the Copilot CLI " + version + ":\n" + text.strip());
            }
            return text;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CopilotException("Interrupted while installing the Copilot CLI", e);
        } catch (IOException e) {
            throw new CopilotException("Could not read npm's output: " + e.getMessage(), e);
        }
    }

    private static String defaultNpmCommand() {
        return CliPlatform.current().os().equals("win32") ? "npm.cmd" : "npm";
    }
}
