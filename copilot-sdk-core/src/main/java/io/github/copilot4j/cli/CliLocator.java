package io.github.copilot4j.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the Copilot CLI's native executable. The places, in order:
 * <ol>
 * <li>an explicit path (the {@code cliPath} option);</li>
 * <li>the {@value #PATH_VARIABLE} environment variable;</li>
 * <li>a project-local {@code node_modules/@github/copilot-<os>-<arch>/copilot}, in the working directory or any
 * parent of it;</li>
 * <li>the pinned version installed by {@link CliInstaller} in its default cache directory;</li>
 * <li>{@code copilot} on the {@code PATH}; when that is npm's loader script, the native executable beside it.</li>
 * </ol>
 * The native executable is always preferred over npm's loader script, because killing the loader leaves the native
 * process behind.
 */
public final class CliLocator {

    /** The environment variable that overrides where the CLI is. */
    public static final String PATH_VARIABLE = "COPILOT_CLI_PATH";

    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final CliPlatform platform;
    private final Path installerCache;

    /**
     * A locator reading the given environment variables and searching upwards from the given directory.
     *
     * @param environment the environment to read {@value #PATH_VARIABLE} and {@code PATH} from
     * @param workingDirectory where the search for {@code node_modules} starts
     */
    public CliLocator(Map<String, String> environment, Path workingDirectory) {
        this(environment, workingDirectory, CliPlatform.current(), CliInstaller.defaultCacheDirectory());
    }

    CliLocator(Map<String, String> environment, Path workingDirectory, CliPlatform platform, Path installerCache) {
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.platform = platform;
        this.installerCache = installerCache;
    }

    /** A locator for this process: its environment and its current directory. */
    public static CliLocator forCurrentProcess() {
        return new CliLocator(System.getenv(), Path.of(""));
    }

    /**
     * The CLI executable.
     *
     * @param explicitPath a path the user configured, or {@code null}
     * @throws CliNotFoundException when no executable is found, listing every place searched
     */
    public Path locate(@Nullable Path explicitPath) {
        List<String> searched = new ArrayList<>();
        if (explicitPath != null) {
            searched.add("the configured CLI path " + explicitPath);
            return requireExecutable(explicitPath, "The configured CLI path " + explicitPath, searched);
        }
        String fromEnvironment = environment.get(PATH_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            searched.add("the " + PATH_VARIABLE + " environment variable (" + fromEnvironment + ")");
            return requireExecutable(toPath(fromEnvironment, searched), PATH_VARIABLE + "=" + fromEnvironment,
                    searched);
        }
        searched.add(PATH_VARIABLE + " (not set)");
        for (Path directory = workingDirectory; directory != null; directory = directory.getParent()) {
            Path candidate = platform.executableIn(directory.resolve("node_modules"));
            if (isExecutable(candidate)) {
                return candidate;
            }
        }
        searched.add("node_modules/" + platform.packageName() + "/" + platform.executableName() + " in "
                + workingDirectory + " and its parents");
        Path installed = CliInstaller.executableBelow(installerCache, CliInstaller.PINNED_VERSION, platform);
        if (isExecutable(installed)) {
            return installed;
        }
        searched.add("the CLI installer's cache " + installed);
        Optional<Path> onPath = findOnPath();
        if (onPath.isPresent()) {
            return onPath.get();
        }
        searched.add("'" + platform.executableName() + "' on the PATH");
        throw new CliNotFoundException("The GitHub Copilot CLI was not found.", searched);
    }

    private Path toPath(String value, List<String> searched) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CliNotFoundException(PATH_VARIABLE + "=" + value + " is not a valid path.", searched);
        }
    }

    private Path requireExecutable(Path path, String source, List<String> searched) {
        Path resolved = preferNative(path);
        if (!Files.exists(resolved)) {
            throw new CliNotFoundException(source + " does not exist.", searched);
        }
        if (Files.isDirectory(resolved)) {
            Path inside = resolved.resolve(platform.executableName());
            if (isExecutable(inside)) {
                return inside;
            }
            throw new CliNotFoundException(source + " is a directory without a '" + platform.executableName()
                    + "' executable in it.", searched);
        }
        if (!Files.isExecutable(resolved)) {
            throw new CliNotFoundException(source + " is not executable (chmod +x " + resolved + ").", searched);
        }
        return resolved;
    }

    private Optional<Path> findOnPath() {
        String path = environment.getOrDefault("PATH", "");
        for (String entry : path.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                Path candidate = Path.of(entry).resolve(platform.executableName());
                if (isExecutable(candidate)) {
                    return Optional.of(preferNative(candidate));
                }
            } catch (InvalidPathException ignored) {
                // a malformed PATH entry cannot hold the CLI
            }
        }
        return Optional.empty();
    }

    /**
     * When the path is (a link to) npm's {@code npm-loader.js}, the native executable of the platform package next
     * to it; otherwise the path itself.
     */
    private Path preferNative(Path path) {
        try {
            Path real = path.toRealPath();
            if (real.getFileName() != null && real.getFileName().toString().equals("npm-loader.js")) {
                Path scope = real.getParent().getParent();
                Path nativeExecutable = scope.resolve(platform.packageName().substring("@github/".length()))
                        .resolve(platform.executableName());
                if (isExecutable(nativeExecutable)) {
                    return nativeExecutable;
                }
            }
            return path;
        } catch (IOException | RuntimeException e) {
            return path;
        }
    }

    private static boolean isExecutable(Path candidate) {
        return Files.isRegularFile(candidate) && Files.isExecutable(candidate);
    }
}
