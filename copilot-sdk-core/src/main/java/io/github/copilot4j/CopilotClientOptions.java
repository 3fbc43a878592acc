package io.github.copilot4j;

import io.github.copilot4j.internal.rpc.JsonRpcConnection;
import io.github.copilot4j.trace.TraceContextPropagator;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * Immutable settings of a {@link CopilotClient}. Built with {@link #builder()}; {@link Builder#build()} validates
 * every value and names the setting that is wrong.
 */
public final class CopilotClientOptions {

    /** The default time limit of a single request to the CLI. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** The default time limit for starting the CLI and completing the handshake. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(30);

    private final @Nullable Path cliPath;
    private final @Nullable String cliUrl;
    private final Transport transport;
    private final int port;
    private final @Nullable LogLevel logLevel;
    private final @Nullable Path workingDirectory;
    private final Map<String, String> environment;
    private final boolean inheritEnvironment;
    private final @Nullable String gitHubToken;
    private final @Nullable Boolean useLoggedInUser;
    private final @Nullable Path copilotHome;
    private final @Nullable Executor executor;
    private final Duration requestTimeout;
    private final Duration startTimeout;
    private final List<String> cliArgs;
    private final @Nullable String connectionToken;
    private final @Nullable Duration sessionIdleTimeout;
    private final int maxFrameBytes;
    private final TraceContextPropagator traceContextPropagator;
    private final @Nullable RestartPolicy restartPolicy;

    private CopilotClientOptions(Builder builder) {
        this.cliPath = builder.cliPath;
        this.cliUrl = builder.cliUrl;
        this.transport = builder.transport;
        this.port = builder.port;
        this.logLevel = builder.logLevel;
        this.workingDirectory = builder.workingDirectory;
        this.environment = Map.copyOf(builder.environment);
        this.inheritEnvironment = builder.inheritEnvironment;
        this.gitHubToken = builder.gitHubToken;
        this.useLoggedInUser = builder.useLoggedInUser;
        this.copilotHome = builder.copilotHome;
        this.executor = builder.executor;
        this.requestTimeout = builder.requestTimeout;
        this.startTimeout = builder.startTimeout;
        this.cliArgs = List.copyOf(builder.cliArgs);
        this.connectionToken = builder.connectionToken;
        this.sessionIdleTimeout = builder.sessionIdleTimeout;
        this.maxFrameBytes = builder.maxFrameBytes;
        this.traceContextPropagator = builder.traceContextPropagator;
        this.restartPolicy = builder.restartPolicy;
    }

    /** A builder with the defaults: spawn the CLI found by the locator and talk over stdio. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.cliPath = cliPath;
        builder.cliUrl = cliUrl;
        builder.transport = transport;
        builder.port = port;
        builder.logLevel = logLevel;
        builder.workingDirectory = workingDirectory;
        builder.environment.putAll(environment);
        builder.inheritEnvironment = inheritEnvironment;
        builder.gitHubToken = gitHubToken;
        builder.useLoggedInUser = useLoggedInUser;
        builder.copilotHome = copilotHome;
        builder.executor = executor;
        builder.requestTimeout = requestTimeout;
        builder.startTimeout = startTimeout;
        builder.cliArgs = List.copyOf(cliArgs);
        builder.connectionToken = connectionToken;
        builder.sessionIdleTimeout = sessionIdleTimeout;
        builder.maxFrameBytes = maxFrameBytes;
        builder.traceContextPropagator = traceContextPropagator;
        builder.restartPolicy = restartPolicy;
        return builder;
    }

    /** The CLI executable to spawn; {@code null} lets {@link io.github.copilot4j.cli.CliLocator} find it. */
    public @Nullable Path cliPath() {
        return cliPath;
    }

    /** The address of an already running CLI server; when set, no process is spawned. */
    public @Nullable String cliUrl() {
        return cliUrl;
    }

    /** How to talk to a spawned CLI. */
    public Transport transport() {
        return transport;
    }

    /** The TCP port a spawned CLI listens on; 0 lets it choose. */
    public int port() {
        return port;
    }

    /** The CLI's log level, or {@code null} for its default. */
    public @Nullable LogLevel logLevel() {
        return logLevel;
    }

    /** The spawned CLI's working directory; {@code null} means this process's current directory. */
    public @Nullable Path workingDirectory() {
        return workingDirectory;
    }

    /** Environment variables added to (or replacing) the spawned CLI's environment. */
    public Map<String, String> environment() {
        return environment;
    }

    /** Whether the spawned CLI inherits this process's environment before {@link #environment()} applies. */
    public boolean inheritEnvironment() {
        return inheritEnvironment;
    }

    /** The GitHub token the CLI authenticates with, or {@code null}. */
    public @Nullable String gitHubToken() {
        return gitHubToken;
    }

    /** Whether the CLI may use the stored login; {@code null} means: yes unless a token is given. */
    public @Nullable Boolean useLoggedInUser() {
        return useLoggedInUser;
    }

    /** The CLI's data directory ({@code COPILOT_HOME}), or {@code null} for {@code ~/.copilot}. */
    public @Nullable Path copilotHome() {
        return copilotHome;
    }

    /** The executor that runs listeners and handlers, or {@code null} for the SDK's own. */
    public @Nullable Executor executor() {
        return executor;
    }

    /** The time limit of a single request to the CLI. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** The time limit for starting the CLI and completing the handshake. */
    public Duration startTimeout() {
        return startTimeout;
    }

    /** Extra command-line arguments placed before the SDK's own. */
    public List<String> cliArgs() {
        return cliArgs;
    }

    /** The token a TCP server requires in the {@code connect} handshake, or {@code null}. */
    public @Nullable String connectionToken() {
        return connectionToken;
    }

    /** How long the CLI keeps an idle session, or {@code null} for its default. */
    public @Nullable Duration sessionIdleTimeout() {
        return sessionIdleTimeout;
    }

    /** The largest JSON-RPC frame accepted from the CLI, in bytes. */
    public int maxFrameBytes() {
        return maxFrameBytes;
    }

    /** Supplies the W3C trace context sent with session requests (none by default). */
    public TraceContextPropagator traceContextPropagator() {
        return traceContextPropagator;
    }

    /** How a CLI that died is restarted, or {@code null} (the default) to leave the client {@code FAILED}. */
    public @Nullable RestartPolicy restartPolicy() {
        return restartPolicy;
    }

    @Override
    public String toString() {
        return "CopilotClientOptions[cliPath=" + cliPath + ", cliUrl=" + cliUrl + ", transport=" + transport
                + ", port=" + port + ", logLevel=" + logLevel + ", workingDirectory=" + workingDirectory
                + ", environment=" + environment.keySet() + ", inheritEnvironment=" + inheritEnvironment
                + ", gitHubToken=" + (gitHubToken == null ? "null" : "***") + ", useLoggedInUser=" + useLoggedInUser
                + ", copilotHome=" + copilotHome + ", requestTimeout=" + requestTimeout + ", startTimeout="
                + startTimeout + ", cliArgs=" + cliArgs + ", connectionToken="
                + (connectionToken == null ? "null" : "***") + ", sessionIdleTimeout=" + sessionIdleTimeout
                + ", maxFrameBytes=" + maxFrameBytes + ", restartPolicy=" + restartPolicy + "]";
    }

    /** Builds {@link CopilotClientOptions}. */
    public static final class Builder {

        private @Nullable Path cliPath;
        private @Nullable String cliUrl;
        private Transport transport = Transport.STDIO;
        private int port;
        private @Nullable LogLevel logLevel;
        private @Nullable Path workingDirectory;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private boolean inheritEnvironment = true;
        private @Nullable String gitHubToken;
        private @Nullable Boolean useLoggedInUser;
        private @Nullable Path copilotHome;
        private @Nullable Executor executor;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private Duration startTimeout = DEFAULT_START_TIMEOUT;
        private List<String> cliArgs = List.of();
        private @Nullable String connectionToken;
        private @Nullable Duration sessionIdleTimeout;
        private int maxFrameBytes = JsonRpcConnection.DEFAULT_MAX_FRAME_BYTES;
        private TraceContextPropagator traceContextPropagator = TraceContextPropagator.noop();
        private @Nullable RestartPolicy restartPolicy;

        private Builder() {
        }

        /** The CLI executable to spawn. */
        public Builder cliPath(@Nullable Path cliPath) {
            this.cliPath = cliPath;
            return this;
        }

        /**
         * Connects to a running CLI server instead of spawning one: {@code "port"}, {@code "host:port"} or
         * {@code "http://host:port"}.
         */
        public Builder cliUrl(@Nullable String cliUrl) {
            this.cliUrl = cliUrl;
            return this;
        }

        /** How to talk to a spawned CLI (default {@link Transport#STDIO}). */
        public Builder transport(Transport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /** Shorthand for {@code transport(useStdio ? STDIO : TCP)}. */
        public Builder useStdio(boolean useStdio) {
            return transport(useStdio ? Transport.STDIO : Transport.TCP);
        }

        /** The TCP port for a spawned CLI; 0 (the default) lets it choose a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The CLI's log level. */
        public Builder logLevel(@Nullable LogLevel logLevel) {
            this.logLevel = logLevel;
            return this;
        }

        /** The spawned CLI's working directory. */
        public Builder workingDirectory(@Nullable Path workingDirectory) {
            this.workingDirectory = workingDirectory;
            return this;
        }

        /** Adds environment variables for the spawned CLI; they win over inherited ones. */
        public Builder environment(Map<String, String> variables) {
            variables.forEach(this::environmentVariable);
            return this;
        }

        /** Adds one environment variable for the spawned CLI. */
        public Builder environmentVariable(String name, String value) {
            if (name.isBlank() || name.contains("=")) {
                throw new IllegalArgumentException("environment variable name must be non-blank without '=', was '"
                        + name + "'");
            }
            environment.put(name, Objects.requireNonNull(value, "value of environment variable " + name));
            return this;
        }

        /** Whether the spawned CLI inherits this process's environment (default {@code true}). */
        public Builder inheritEnvironment(boolean inheritEnvironment) {
            this.inheritEnvironment = inheritEnvironment;
            return this;
        }

        /** A GitHub token for the CLI to authenticate with; passed through an environment variable. */
        public Builder gitHubToken(@Nullable String gitHubToken) {
            this.gitHubToken = gitHubToken;
            return this;
        }

        /** Whether the CLI may use the stored login of the machine's user. */
        public Builder useLoggedInUser(@Nullable Boolean useLoggedInUser) {
            this.useLoggedInUser = useLoggedInUser;
            return this;
        }

        /** The CLI's data directory ({@code COPILOT_HOME}). */
        public Builder copilotHome(@Nullable Path copilotHome) {
            this.copilotHome = copilotHome;
            return this;
        }

        /** The executor for listeners and handlers; the SDK never shuts it down. */
        public Builder executor(@Nullable Executor executor) {
            this.executor = executor;
            return this;
        }

        /** The time limit of a single request to the CLI (default 60 s). */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
            return this;
        }

        /** The time limit for starting the CLI and the handshake (default 30 s). */
        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
            return this;
        }

        /** Extra CLI arguments, placed before the SDK's own. */
        public Builder cliArgs(List<String> cliArgs) {
            this.cliArgs = List.copyOf(cliArgs);
            return this;
        }

        /** The token a TCP server requires in the handshake. */
        public Builder connectionToken(@Nullable String connectionToken) {
            this.connectionToken = connectionToken;
            return this;
        }

        /** How long the CLI keeps an idle session. */
        public Builder sessionIdleTimeout(@Nullable Duration sessionIdleTimeout) {
            this.sessionIdleTimeout = sessionIdleTimeout;
            return this;
        }

        /** The largest JSON-RPC frame accepted from the CLI (default 64 MiB). */
        public Builder maxFrameBytes(int maxFrameBytes) {
            this.maxFrameBytes = maxFrameBytes;
            return this;
        }

        /** Supplies the W3C trace context sent on session create, resume and send. */
        public Builder traceContextPropagator(TraceContextPropagator traceContextPropagator) {
            this.traceContextPropagator = Objects.requireNonNull(traceContextPropagator, "traceContextPropagator");
            return this;
        }

        /**
         * Restarts a CLI that dies after the client connected (with {@link #cliUrl}: reconnects to the server), and
         * resumes the open sessions on the new connection; null (the default) leaves a client whose CLI died
         * {@link ConnectionState#FAILED}.
         */
        public Builder restartPolicy(@Nullable RestartPolicy restartPolicy) {
            this.restartPolicy = restartPolicy;
            return this;
        }

        /**
         * Validates and builds the options.
         *
         * @throws IllegalArgumentException naming the first setting that is invalid
         */
        public CopilotClientOptions build() {
            if (cliUrl != null) {
                if (cliPath != null) {
                    throw new IllegalArgumentException("cliUrl and cliPath cannot both be set: cliUrl connects to a "
                            + "running server, cliPath spawns one");
                }
                if (gitHubToken != null || useLoggedInUser != null) {
                    throw new IllegalArgumentException("gitHubToken and useLoggedInUser apply to a spawned CLI; with "
                            + "cliUrl the running server authenticates itself");
                }
                parseCliUrl(cliUrl);
            }
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
            }
            if (gitHubToken != null && gitHubToken.isBlank()) {
                throw new IllegalArgumentException("gitHubToken must not be blank");
            }
            requirePositive("requestTimeout", requestTimeout);
            requirePositive("startTimeout", startTimeout);
            if (sessionIdleTimeout != null) {
                requirePositive("sessionIdleTimeout", sessionIdleTimeout);
            }
            if (maxFrameBytes < 1024) {
                throw new IllegalArgumentException("maxFrameBytes must be at least 1024, was " + maxFrameBytes);
            }
            return new CopilotClientOptions(this);
        }

        private static void requirePositive(String name, Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
        }
    }

    /**
     * The host and port of a {@code cliUrl}.
     *
     * @throws IllegalArgumentException when the value is not {@code port}, {@code host:port} or a URL
     */
    static URI parseCliUrl(String cliUrl) {
        String value = cliUrl.strip();
        String withoutScheme = value.replaceFirst("^(?i)(http|https|tcp)://", "");
        String hostPort = withoutScheme.endsWith("/") ? withoutScheme.substring(0, withoutScheme.length() - 1)
                : withoutScheme;
        String host = "localhost";
        String portText = hostPort;
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0) {
            host = hostPort.substring(0, colon).isEmpty() ? "localhost" : hostPort.substring(0, colon);
            portText = hostPort.substring(colon + 1);
        }
        int parsedPort;
        try {
            parsedPort = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cliUrl must be 'port', 'host:port' or 'http://host:port', was '"
                    + cliUrl + "'");
        }
        if (parsedPort < 1 || parsedPort > 65_535) {
            throw new IllegalArgumentException("cliUrl port must be between 1 and 65535, was " + parsedPort);
        }
        return URI.create("tcp://" + host + ":" + parsedPort);
    }
}
