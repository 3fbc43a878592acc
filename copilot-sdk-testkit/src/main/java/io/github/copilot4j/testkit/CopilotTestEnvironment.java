package io.github.copilot4j.testkit;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotClientOptions;
import io.github.copilot4j.LogLevel;
import io.github.copilot4j.cli.CliLocator;
import io.github.copilot4j.config.ProviderConfig;
import io.github.copilot4j.config.ProviderType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a test needs to run the real Copilot CLI offline: isolated home, config, state and cache directories,
 * a shared package cache (so the CLI unpacks itself once per machine), a {@link ModelServer} — by default a
 * {@link FakeModelServer}, or a {@link ReplayingModelServer} when {@linkplain Builder#replay(Path) replaying a
 * snapshot} — and clients wired to it. {@link #close()} stops every client it made, stops the server, deletes the
 * directories and fails if a CLI process is left running.
 *
 * <p>Clients use the Copilot API mode: the CLI's API and GitHub endpoints point at the model server and it
 * authenticates with {@link #FAKE_TOKEN}, so sessions need no provider. For BYOK tests, give sessions
 * {@link #byokProvider()} instead.
 */
public final class CopilotTestEnvironment implements AutoCloseable {

    /** The GitHub token the CLI is given; the fake server accepts anything. */
    public static final String FAKE_TOKEN = "fake-token-for-tests";

    /** The environment variable that names the shared package cache. */
    public static final String PACKAGE_CACHE_VARIABLE = "COPILOT_PKG_CACHE_HOME";

    private static final Logger log = LoggerFactory.getLogger(CopilotTestEnvironment.class);

    private final Path root;
    private final Path home;
    private final Path workDirectory;
    private final Path cliPath;
    private final ModelServer modelServer;
    private final List<CopilotClient> clients = new CopyOnWriteArrayList<>();
    private final boolean deleteOnClose;

    private CopilotTestEnvironment(Path root, Path workDirectory, Path cliPath, ModelServer modelServer,
            boolean deleteOnClose) {
        this.root = root;
        this.home = createDirectory(root.resolve("home"));
        this.workDirectory = workDirectory;
        this.cliPath = cliPath;
        this.modelServer = modelServer;
        this.deleteOnClose = deleteOnClose;
    }

    /** An environment in a new temporary directory, with the CLI found by {@link CliLocator}. */
    public static CopilotTestEnvironment create() {
        return builder().build();
    }

    /** A builder to choose the directory, the CLI and the model server. */
    public static Builder builder() {
        return new Builder();
    }

    /** The environment's directory; everything the CLI writes stays below it. */
    public Path root() {
        return root;
    }

    /** The isolated {@code HOME}. */
    public Path home() {
        return home;
    }

    /** The CLI's data directory ({@code COPILOT_HOME}), where sessions are stored. */
    public Path copilotHome() {
        return home.resolve(".copilot");
    }

    /** The CLI's working directory. */
    public Path workDirectory() {
        return workDirectory;
    }

    /** The CLI executable. */
    public Path cliPath() {
        return cliPath;
    }

    /**
     * The fake model server the CLI talks to.
     *
     * @throws IllegalStateException if this environment replays a snapshot instead: see {@link #replayingModelServer()}
     */
    public FakeModelServer modelServer() {
        if (modelServer instanceof FakeModelServer fake) {
            return fake;
        }
        throw new IllegalStateException("This environment replays a snapshot; use replayingModelServer()");
    }

    /**
     * The replaying model server the CLI talks to.
     *
     * @throws IllegalStateException if this environment uses a fake model server: see {@link #modelServer()}
     */
    public ReplayingModelServer replayingModelServer() {
        if (modelServer instanceof ReplayingModelServer replaying) {
            return replaying;
        }
        throw new IllegalStateException("This environment uses a fake model server, not a replaying one; use "
                + "modelServer(), or build the environment with replay(...)");
    }

    /** The model server the CLI talks to, fake or replaying. */
    public ModelServer server() {
        return modelServer;
    }

    /**
     * The CLI's complete environment: {@code PATH} and the locale from this process, isolated home directories,
     * the shared package cache, no credentials of the machine's user, and the Copilot API pointed at the model
     * server.
     */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        copy("PATH", environment);
        copy("LANG", environment);
        copy("TMPDIR", environment);
        environment.put("HOME", home.toString());
        environment.put("COPILOT_HOME", copilotHome().toString());
        environment.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        environment.put("XDG_STATE_HOME", home.resolve(".local/state").toString());
        environment.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        environment.put("GH_CONFIG_DIR", home.resolve(".config/gh").toString());
        environment.put(PACKAGE_CACHE_VARIABLE, sharedPackageCache().toString());
        environment.put("COPILOT_DISABLE_KEYTAR", "1");
        environment.put("COPILOT_API_URL", modelServer.baseUrl());
        environment.put("COPILOT_DEBUG_GITHUB_API_URL", modelServer.baseUrl());
        environment.put("NO_PROXY", "127.0.0.1,localhost,::1");
        return environment;
    }

    /**
     * Client options wired to this environment: the CLI, its isolated environment (nothing inherited), the work
     * directory and the fake token. Adjust and {@code build()} them, then pass them to {@link #newClient}.
     */
    public CopilotClientOptions.Builder clientOptions() {
        return applyTo(CopilotClientOptions.builder());
    }

    /**
     * Wires existing client options to this environment, as {@link #clientOptions()} does; for clients built
     * elsewhere, such as by the Spring Boot starter. Such clients are not stopped by {@link #close()}.
     */
    public CopilotClientOptions.Builder applyTo(CopilotClientOptions.Builder options) {
        return options
                .cliPath(cliPath)
                .inheritEnvironment(false)
                .environment(environment())
                .workingDirectory(workDirectory)
                .gitHubToken(FAKE_TOKEN)
                .logLevel(LogLevel.INFO);
    }

    /** A client built from the options; the environment stops it on {@link #close()}. */
    public CopilotClient newClient(CopilotClientOptions options) {
        CopilotClient client = new CopilotClient(options);
        clients.add(client);
        return client;
    }

    /** A started client with the default {@link #clientOptions()}. */
    public CopilotClient startClient() {
        CopilotClient client = newClient(clientOptions().build());
        client.start();
        return client;
    }

    /** A BYOK provider of type {@code openai} pointing at the model server, for sessions that bypass Copilot's API. */
    public ProviderConfig byokProvider() {
        return ProviderConfig.builder(modelServer.openAiBaseUrl())
                .type(ProviderType.OPENAI)
                .apiKey("fake-api-key-for-tests")
                .build();
    }

    /**
     * Stops every client this environment made, then the model server; deletes the directories; and fails with an
     * {@link AssertionError} naming the processes if a CLI process started by this JVM is still running (they are
     * killed first, so one failing test does not leak into the next).
     */
    @Override
    public void close() {
        List<Throwable> problems = new ArrayList<>();
        for (CopilotClient client : clients) {
            try {
                client.close();
            } catch (RuntimeException e) {
                problems.add(e);
            }
        }
        clients.clear();
        modelServer.close();
        List<String> orphans = CliProcesses.killLeftovers(cliPath);
        if (deleteOnClose) {
            deleteRecursively(root);
        }
        if (!orphans.isEmpty()) {
            AssertionError error = new AssertionError("Copilot CLI processes were still running after the test "
                    + "and were killed: " + orphans);
            problems.forEach(error::addSuppressed);
            throw error;
        }
        if (!problems.isEmpty()) {
            RuntimeException first = problems.get(0) instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(problems.get(0));
            problems.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    /**
     * The package cache shared by every environment on this machine: {@value #PACKAGE_CACHE_VARIABLE} when set,
     * otherwise {@code ~/.cache/copilot4j/pkg}.
     */
    public static Path sharedPackageCache() {
        String configured = System.getenv(PACKAGE_CACHE_VARIABLE);
        Path cache = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "copilot4j", "pkg");
        return createDirectory(cache);
    }

    private static void copy(String name, Map<String, String> environment) {
        String value = System.getenv(name);
        if (value != null) {
            environment.put(name, value);
        }
    }

    private static Path createDirectory(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + directory, e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    log.debug("Could not delete {}", path, e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.debug("Could not delete {}", directory, e);
        }
    }

    /** Builds a {@link CopilotTestEnvironment}. */
    public static final class Builder {

        private @Nullable Path root;
        private @Nullable Path cliPath;
        private FakeModelServer.@Nullable Builder modelServer;
        private ReplayingModelServer.@Nullable Builder replay;
        private boolean deleteOnClose = true;

        private Builder() {
        }

        /** The directory to use (created if missing); by default a new temporary directory. */
        public Builder root(Path root) {
            this.root = root;
            return this;
        }

        /** The CLI executable; by default {@link CliLocator} finds it from the {@code copilot4j.root} system
         * property's directory, or the current directory. */
        public Builder cliPath(Path cliPath) {
            this.cliPath = cliPath;
            return this;
        }

        /** Options for the fake model server; not together with {@link #replay(Path)}. */
        public Builder modelServer(FakeModelServer.Builder modelServer) {
            this.modelServer = modelServer;
            return this;
        }

        /**
         * Replays {@code snapshotFile} with a {@link ReplayingModelServer} instead of the fake model server;
         * not together with {@link #modelServer(FakeModelServer.Builder)}.
         */
        public Builder replay(Path snapshotFile) {
            return replay(ReplayingModelServer.builder(snapshotFile));
        }

        /**
         * Replays with a {@link ReplayingModelServer} built from {@code replay}, whose work directory the
         * environment sets to its own; not together with {@link #modelServer(FakeModelServer.Builder)}.
         */
        public Builder replay(ReplayingModelServer.Builder replay) {
            this.replay = replay;
            return this;
        }

        /** Whether {@link #close()} deletes the directory (default {@code true}). */
        public Builder deleteOnClose(boolean deleteOnClose) {
            this.deleteOnClose = deleteOnClose;
            return this;
        }

        /**
         * Creates the directories and starts the model server.
         *
         * @throws IllegalArgumentException if both a fake model server and a replay were configured
         */
        public CopilotTestEnvironment build() {
            if (modelServer != null && replay != null) {
                throw new IllegalArgumentException("modelServer and replay are exclusive: configure one model server");
            }
            Path directory;
            try {
                directory = root != null ? Files.createDirectories(root)
                        : Files.createTempDirectory("copilot-test-");
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create the test directory", e);
            }
            Path absolute = directory.toAbsolutePath();
            Path workDirectory = createDirectory(absolute.resolve("work"));
            Path cli = cliPath != null ? cliPath : locateCli();
            ModelServer server = replay != null ? replay.workDirectory(workDirectory).start()
                    : modelServer != null ? modelServer.start() : FakeModelServer.start();
            return new CopilotTestEnvironment(absolute, workDirectory, cli, server, deleteOnClose);
        }

        private static Path locateCli() {
            String projectRoot = System.getProperty("copilot4j.root", "");
            return new CliLocator(System.getenv(), Path.of(projectRoot)).locate(null);
        }
    }
}
