package io.github.copilot4j;

import io.github.copilot4j.cli.CliLocator;
import io.github.copilot4j.event.Subscription;
import io.github.copilot4j.internal.cli.CliProcess;
import io.github.copilot4j.internal.dispatch.DispatchExecutors;
import io.github.copilot4j.internal.dispatch.SerialExecutor;
import io.github.copilot4j.internal.rpc.DeferredFrame;
import io.github.copilot4j.internal.rpc.InboundHandler;
import io.github.copilot4j.internal.rpc.JsonRpcConnection;
import io.github.copilot4j.internal.wire.ClientWire;
import io.github.copilot4j.internal.wire.SessionConfigWire;
import io.github.copilot4j.internal.wire.SessionEventRoute;
import io.github.copilot4j.internal.wire.WireJson;
import io.github.copilot4j.trace.TraceContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A connection to the GitHub Copilot CLI: it spawns the CLI (or connects to a running one), agrees on the
 * protocol version, and creates and resumes {@link CopilotSession}s.
 *
 * <p>Every operation has a {@link CompletableFuture} form ({@code …Async}) and a blocking form. Operations start
 * the client on first use. Listeners and handlers never run on the connection's reader thread: they run on the
 * configured executor, in order per session. The client is thread-safe; close it (or {@link #stop()}) to end the
 * CLI it spawned. With a {@link RestartPolicy} a CLI that dies is started again and the open sessions are resumed on
 * it, the same {@link CopilotSession} objects going on.
 */
public final class CopilotClient implements AutoCloseable {

    /** The protocol version this SDK speaks. */
    public static final int PROTOCOL_VERSION = 3;

    private static final Logger log = LoggerFactory.getLogger(CopilotClient.class);
    private static final Duration SESSION_DISCONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CLI_EXIT_GRACE = Duration.ofSeconds(5);
    private static final String AUTH_TOKEN_VARIABLE = "COPILOT_SDK_AUTH_TOKEN";

    private final CopilotClientOptions options;
    private final Executor executor;
    private final @Nullable ExecutorService ownedExecutor;
    private final SerialExecutor stateDispatch;
    private final Map<String, CopilotSession> sessions = new ConcurrentHashMap<>();
    private final List<ConnectionStateListener> stateListeners = new CopyOnWriteArrayList<>();
    private final Object lifecycleLock = new Object();

    private volatile ConnectionState state = ConnectionState.DISCONNECTED;
    private @Nullable CompletableFuture<Connection> connecting;
    private volatile @Nullable Connection connection;
    private volatile @Nullable Throwable failure;

    /** A client with the given options; nothing starts until {@link #start()} or the first operation. */
    public CopilotClient(CopilotClientOptions options) {
        this.options = options;
        if (options.executor() != null) {
            this.executor = options.executor();
            this.ownedExecutor = null;
        } else {
            this.ownedExecutor = DispatchExecutors.newDefault();
            this.executor = ownedExecutor;
        }
        this.stateDispatch = new SerialExecutor(executor, "copilot-client-state");
    }

    /** A client with default options: the CLI found by {@link CliLocator}, over stdio. */
    public CopilotClient() {
        this(CopilotClientOptions.builder().build());
    }

    /** The options this client was built with. */
    public CopilotClientOptions options() {
        return options;
    }

    // ---------------------------------------------------------------- lifecycle

    /** Starts the CLI (or connects to it) and completes the handshake. Does nothing when already connected. */
    public CompletableFuture<Void> startAsync() {
        return connection().thenApply(connected -> null);
    }

    /** Blocking form of {@link #startAsync()}. */
    public void start() {
        Blocking.await(startAsync());
    }

    /** The current connection state. */
    public ConnectionState state() {
        return state;
    }

    /** Registers a listener for state changes. */
    public Subscription onStateChange(ConnectionStateListener listener) {
        stateListeners.add(listener);
        return () -> stateListeners.remove(listener);
    }

    /** The CLI version reported in the handshake, once connected. */
    public Optional<String> cliVersion() {
        Connection current = connection;
        return current == null ? Optional.empty() : Optional.ofNullable(current.cliVersion);
    }

    /** The process id of the CLI this client spawned, once started. */
    public Optional<Long> cliProcessId() {
        Connection current = connection;
        return current == null || current.process == null ? Optional.empty() : Optional.of(current.process.pid());
    }

    /**
     * Stops gracefully: disconnects every session, closes the connection (the CLI exits when its input ends), waits
     * for a spawned CLI to exit and kills it if it does not. Safe to call more than once.
     */
    public void stop() {
        Connection current;
        CompletableFuture<Connection> pending;
        synchronized (lifecycleLock) {
            current = connection;
            pending = connecting;
            connection = null;
            connecting = null;
        }
        if (current == null) {
            abandon(pending, new CopilotConnectionException("The client was stopped", null));
            setState(ConnectionState.DISCONNECTED, null);
            return;
        }
        current.stopping = true;
        for (CopilotSession session : new ArrayList<>(sessions.values())) {
            try {
                session.disconnectAsync().get(SESSION_DISCONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                log.debug("Could not disconnect session {} while stopping", session.sessionId(), e);
            }
        }
        closeConnection(current, new CopilotConnectionException("The client was stopped", null), false);
        setState(ConnectionState.DISCONNECTED, null);
    }

    /** {@link #stop()} on another thread. */
    public CompletableFuture<Void> stopAsync() {
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                stop();
                stopped.complete(null);
            } catch (Throwable t) {
                stopped.completeExceptionally(t);
            }
        }, "copilot-client-stop");
        thread.setDaemon(true);
        thread.start();
        return stopped;
    }

    /** Stops at once: no requests, sessions are marked disconnected, a spawned CLI is killed. */
    public void forceStop() {
        Connection current;
        CompletableFuture<Connection> pending;
        synchronized (lifecycleLock) {
            current = connection;
            pending = connecting;
            connection = null;
            connecting = null;
        }
        CopilotConnectionException reason = new CopilotConnectionException("The client was force-stopped", null);
        if (current != null) {
            current.stopping = true;
            closeConnection(current, reason, true);
        } else {
            abandon(pending, reason);
        }
        setState(ConnectionState.DISCONNECTED, null);
    }

    /**
     * Fails a start or restart the client stopped waiting for, so its callers do not wait for it, and disconnects
     * the sessions that waited for a restart.
     */
    private void abandon(@Nullable CompletableFuture<Connection> pending, CopilotConnectionException reason) {
        if (pending != null) {
            pending.completeExceptionally(reason);
        }
        disconnectSessions(reason);
    }

    /** Stops the client and releases its own executor. */
    @Override
    public void close() {
        stop();
        if (ownedExecutor != null) {
            ownedExecutor.shutdown();
        }
    }

    private void closeConnection(Connection current, CopilotConnectionException reason, boolean kill) {
        release(current, reason, kill);
        disconnectSessions(reason);
    }

    /** Closes the connection and ends the CLI it spawned, leaving the sessions as they are. */
    private void release(Connection current, CopilotConnectionException reason, boolean kill) {
        current.rpc.close(reason);
        if (current.socket != null) {
            try {
                current.socket.close();
            } catch (IOException ignored) {
                // closing a socket that is already gone
            }
        }
        if (current.process != null) {
            boolean stdio = current.socket == null;
            Integer exitCode = kill ? current.process.kill() : current.process.stop(CLI_EXIT_GRACE, stdio);
            log.debug("The Copilot CLI (pid {}) ended with exit code {}", current.process.pid(), exitCode);
        }
    }

    private void disconnectSessions(CopilotConnectionException reason) {
        for (CopilotSession session : new ArrayList<>(sessions.values())) {
            session.markDisconnected(reason);
        }
        sessions.clear();
    }

    private void setState(ConnectionState next, @Nullable Throwable cause) {
        ConnectionState previous;
        synchronized (lifecycleLock) {
            previous = state;
            if (previous == next) {
                return;
            }
            state = next;
            failure = next == ConnectionState.FAILED ? cause : null;
        }
        log.debug("Copilot client state {} -> {}", previous, next);
        for (ConnectionStateListener listener : stateListeners) {
            stateDispatch.execute(() -> listener.onStateChange(previous, next, cause));
        }
    }

    /** The live connection, starting one when the client is disconnected. */
    CompletableFuture<Connection> connection() {
        synchronized (lifecycleLock) {
            Connection current = connection;
            if (current != null && current.rpc.isOpen()) {
                return CompletableFuture.completedFuture(current);
            }
            if (connecting != null) {
                return connecting;
            }
            if (state == ConnectionState.FAILED && failure != null) {
                Throwable cause = failure;
                failure = null;
                log.debug("Reconnecting after a failed connection", cause);
            }
            CompletableFuture<Connection> attempt = new CompletableFuture<>();
            connecting = attempt;
            setState(ConnectionState.CONNECTING, null);
            Thread starter = new Thread(() -> connect(attempt), "copilot-client-start");
            starter.setDaemon(true);
            starter.start();
            return attempt;
        }
    }

    private void connect(CompletableFuture<Connection> attempt) {
        try {
            Connection established = options.cliUrl() != null ? connectToServer() : spawnAndConnect();
            if (!adopt(established, attempt)) {
                attempt.completeExceptionally(new CopilotException("The client was stopped while starting"));
                return;
            }
            setState(ConnectionState.CONNECTED, null);
            attempt.complete(established);
        } catch (Throwable t) {
            Throwable cause = Blocking.unwrap(t);
            boolean abandoned;
            synchronized (lifecycleLock) {
                abandoned = connecting != attempt;
                if (!abandoned) {
                    connecting = null;
                }
            }
            if (!abandoned) {
                setState(ConnectionState.FAILED, cause);
            }
            attempt.completeExceptionally(cause);
        }
    }

    /**
     * Makes an established connection the client's live one, unless the client stopped waiting for {@code attempt}
     * meanwhile: then the connection is closed and its CLI killed.
     *
     * @return whether the connection is now the live one
     */
    private boolean adopt(Connection established, CompletableFuture<Connection> attempt) {
        synchronized (lifecycleLock) {
            if (connecting == attempt) {
                connection = established;
                established.connected = true;
                connecting = null;
                return true;
            }
        }
        established.stopping = true;
        release(established, new CopilotConnectionException("The client was stopped", null), true);
        return false;
    }

    private Connection spawnAndConnect() throws IOException {
        Map<String, String> environment = childEnvironment();
        Path workingDirectory = options.workingDirectory() != null ? options.workingDirectory() : Path.of("");
        Path cli = options.cliPath() != null
                ? new CliLocator(environment, workingDirectory).locate(options.cliPath())
                : new CliLocator(environment, workingDirectory).locate(null);
        String connectionToken = null;
        if (options.transport() == Transport.TCP) {
            connectionToken = options.connectionToken() != null ? options.connectionToken()
                    : UUID.randomUUID().toString();
            environment.put("COPILOT_CONNECTION_TOKEN", connectionToken);
        }
        List<String> command = commandLine(cli);
        CliProcess process = CliProcess.start(command, environment, workingDirectory.toAbsolutePath());
        try {
            if (options.transport() == Transport.TCP) {
                int port = process.awaitAnnouncedPort(options.startTimeout());
                Socket socket = openSocket("localhost", port);
                Inbound inbound = new Inbound();
                return handshake(new Connection(rpcOver(socket, "tcp-" + process.pid(), inbound), process, socket,
                        inbound), connectionToken);
            }
            Inbound inbound = new Inbound();
            JsonRpcConnection rpc = new JsonRpcConnection("pid-" + process.pid(), process.stdout(), process.stdin(),
                    options.maxFrameBytes(), inbound);
            return handshake(new Connection(rpc, process, null, inbound), null);
        } catch (Throwable t) {
            Integer exitCode = process.kill();
            log.debug("The Copilot CLI failed to start (exit code {})", exitCode);
            throw t;
        }
    }

    private Connection connectToServer() throws IOException {
        URI address = CopilotClientOptions.parseCliUrl(options.cliUrl());
        Socket socket = openSocket(address.getHost(), address.getPort());
        try {
            Inbound inbound = new Inbound();
            return handshake(new Connection(rpcOver(socket, address.getHost() + ":" + address.getPort(), inbound),
                    null, socket, inbound), options.connectionToken());
        } catch (Throwable t) {
            socket.close();
            throw t;
        }
    }

    private Socket openSocket(String host, int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) Math.min(10_000, options.startTimeout().toMillis()));
            socket.setTcpNoDelay(true);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw new CopilotConnectionException("Could not connect to the Copilot CLI at " + host + ":" + port
                    + ": " + e.getMessage(), e);
        }
    }

    private JsonRpcConnection rpcOver(Socket socket, String name, Inbound inbound) throws IOException {
        return new JsonRpcConnection(name, socket.getInputStream(), socket.getOutputStream(),
                options.maxFrameBytes(), inbound);
    }

    private Map<String, String> childEnvironment() {
        Map<String, String> environment = new HashMap<>();
        if (options.inheritEnvironment()) {
            environment.putAll(System.getenv());
        }
        environment.putAll(options.environment());
        environment.remove("NODE_DEBUG");
        if (options.gitHubToken() != null) {
            environment.put(AUTH_TOKEN_VARIABLE, options.gitHubToken());
        }
        if (options.copilotHome() != null) {
            environment.put("COPILOT_HOME", options.copilotHome().toAbsolutePath().toString());
        }
        return environment;
    }

    private List<String> commandLine(Path cli) {
        List<String> command = new ArrayList<>();
        command.add(cli.toString());
        command.addAll(options.cliArgs());
        command.add("--headless");
        command.add("--no-auto-update");
        if (options.logLevel() != null) {
            command.add("--log-level");
            command.add(options.logLevel().wireValue());
        }
        if (options.transport() == Transport.STDIO) {
            command.add("--stdio");
        } else if (options.port() > 0) {
            command.add("--port");
            command.add(Integer.toString(options.port()));
        }
        if (options.gitHubToken() != null) {
            command.add("--auth-token-env");
            command.add(AUTH_TOKEN_VARIABLE);
        }
        boolean useLoggedInUser = options.useLoggedInUser() != null ? options.useLoggedInUser()
                : options.gitHubToken() == null;
        if (!useLoggedInUser) {
            command.add("--no-auto-login");
        }
        if (options.sessionIdleTimeout() != null) {
            command.add("--session-idle-timeout");
            command.add(Long.toString(Math.max(1, options.sessionIdleTimeout().toSeconds())));
        }
        return command;
    }

    private Connection handshake(Connection candidate, @Nullable String connectionToken) {
        JsonRpcConnection rpc = candidate.rpc;
        CliProcess process = candidate.process;
        rpc.setCloseReasonSupplier(() -> lostConnection(candidate));
        if (process != null) {
            process.exitFuture().thenRun(() -> rpc.close(lostConnection(candidate)));
        }
        rpc.start();
        ObjectNode connectParams = WireJson.object();
        if (connectionToken != null) {
            connectParams.put("token", connectionToken);
        }
        JsonNode result;
        try {
            result = awaitStartup(rpc.request("connect", connectParams), "connect");
        } catch (JsonRpcException e) {
            if (e.code() != JsonRpcException.METHOD_NOT_FOUND && !e.getMessage().contains("Unhandled method connect")) {
                throw e;
            }
            result = awaitStartup(rpc.request("ping", WireJson.object()), "ping");
        }
        JsonNode reported = result.get("protocolVersion");
        Integer protocolVersion = reported != null && reported.isIntegralNumber() ? reported.asInt() : null;
        String cliVersion = result.hasNonNull("version") ? result.get("version").asString() : null;
        if (protocolVersion == null || protocolVersion != PROTOCOL_VERSION) {
            throw new ProtocolVersionMismatchException(PROTOCOL_VERSION, protocolVersion, cliVersion);
        }
        candidate.cliVersion = cliVersion;
        log.debug("Connected to the Copilot CLI {} (protocol {})", cliVersion, protocolVersion);
        return candidate;
    }

    private JsonNode awaitStartup(CompletableFuture<JsonNode> request, String method) {
        try {
            return request.get(options.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new CopilotTimeoutException("The '" + method + "' handshake with the Copilot CLI",
                    options.startTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CopilotException("Interrupted during the handshake with the Copilot CLI", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw Blocking.rethrowable(e.getCause());
        }
    }

    /**
     * Why the connection ended without a stop request: a {@link CopilotRestartedException} when the client will
     * restart the CLI, so that the calls pending on the connection say so.
     */
    private CopilotConnectionException lostConnection(Connection lost) {
        boolean restarting = options.restartPolicy() != null && lost.connected && !lost.stopping;
        CliProcess process = lost.process;
        if (process == null) {
            String message = "The connection to the Copilot CLI was closed";
            return restarting ? new CopilotRestartedException(message + "; reconnecting", null, "", null)
                    : new CopilotConnectionException(message, null);
        }
        Integer exitCode = process.awaitExit(Duration.ofMillis(500));
        String message = exitCode == null ? "The Copilot CLI closed its output" : "The Copilot CLI exited unexpectedly";
        return restarting ? new CopilotRestartedException(message + "; restarting it", exitCode, process.stderrTail(),
                null) : new CopilotConnectionException(message, exitCode, process.stderrTail(), null);
    }

    private void onConnectionClosed(Connection closed, CopilotConnectionException reason) {
        if (closed.stopping) {
            return;
        }
        RestartPolicy policy = options.restartPolicy();
        CompletableFuture<Connection> restarted = new CompletableFuture<>();
        boolean current;
        synchronized (lifecycleLock) {
            current = connection == closed;
            if (current) {
                connection = null;
                if (policy != null) {
                    connecting = restarted;
                }
            }
        }
        if (!current) {
            return;
        }
        log.warn("Lost the connection to the Copilot CLI: {}", reason.getMessage());
        if (closed.process != null && closed.process.isAlive()) {
            closed.process.kill();
        }
        if (policy == null) {
            disconnectSessions(reason);
            setState(ConnectionState.FAILED, reason);
            return;
        }
        for (CopilotSession session : new ArrayList<>(sessions.values())) {
            session.connectionLost(reason);
        }
        setState(ConnectionState.RESTARTING, reason);
        Thread restarter = new Thread(() -> restart(policy, restarted, reason), "copilot-client-restart");
        restarter.setDaemon(true);
        restarter.start();
    }

    /**
     * Starts the CLI again (or reconnects to the server) and resumes every open session on the new connection, up to
     * the policy's attempts; the client is {@code CONNECTED} afterwards, or {@code FAILED} with its sessions
     * disconnected. Runs on its own thread; gives up as soon as the client is stopped.
     */
    private void restart(RestartPolicy policy, CompletableFuture<Connection> restarted, Throwable lostReason) {
        Throwable lastFailure = lostReason;
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            if (!awaitBackoff(restarted, policy.backoff(attempt))) {
                return;
            }
            Connection candidate = null;
            try {
                candidate = options.cliUrl() != null ? connectToServer() : spawnAndConnect();
                resumeSessions(candidate);
                if (!adopt(candidate, restarted)) {
                    return;
                }
                log.info("Restarted the Copilot CLI (attempt {} of {}); {} session(s) resumed", attempt,
                        policy.maxAttempts(), sessions.size());
                setState(ConnectionState.CONNECTED, null);
                restarted.complete(candidate);
                return;
            } catch (Throwable t) {
                lastFailure = Blocking.unwrap(t);
                log.warn("Restarting the Copilot CLI failed (attempt {} of {}): {}", attempt, policy.maxAttempts(),
                        lastFailure.getMessage());
                if (candidate != null) {
                    candidate.stopping = true;
                    release(candidate, new CopilotConnectionException("The restart attempt failed", t), true);
                }
                if (t instanceof VirtualMachineError error) {
                    throw error;
                }
            }
        }
        synchronized (lifecycleLock) {
            if (connecting != restarted) {
                return;
            }
            connecting = null;
        }
        CopilotConnectionException failure = new CopilotConnectionException("The Copilot CLI could not be restarted "
                + "after " + policy.maxAttempts() + " attempt(s): " + lastFailure.getMessage(), lastFailure);
        disconnectSessions(failure);
        setState(ConnectionState.FAILED, failure);
        restarted.completeExceptionally(failure);
    }

    /** Waits before a restart attempt; false when the client was stopped meanwhile. */
    private boolean awaitBackoff(CompletableFuture<Connection> restarted, Duration backoff) {
        try {
            restarted.get(backoff.toMillis(), TimeUnit.MILLISECONDS);
            return false;
        } catch (TimeoutException e) {
            synchronized (lifecycleLock) {
                return connecting == restarted;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return false;
        }
    }

    /**
     * Resumes every open session on the restarted connection and re-binds it there. A session the CLI has no stored
     * state for (one that never ran a turn) is created again with the same id and configuration; a session the CLI
     * refuses both ways is disconnected with the CLI's error; a broken connection fails the attempt.
     */
    private void resumeSessions(Connection restarted) {
        List<CompletableFuture<?>> resumes = new ArrayList<>();
        for (CopilotSession session : new ArrayList<>(sessions.values())) {
            resumes.add(reopen(restarted, session).exceptionally(error -> {
                Throwable cause = Blocking.unwrap(error);
                if (!(cause instanceof JsonRpcException)) {
                    throw Blocking.rethrowable(cause);
                }
                log.warn("Session {} could not be resumed after the restart: {}", session.sessionId(),
                        cause.getMessage());
                sessions.remove(session.sessionId(), session);
                session.markDisconnected(new CopilotConnectionException("Session " + session.sessionId()
                        + " could not be resumed after the CLI restarted", cause));
                return session;
            }));
        }
        Blocking.await(CompletableFuture.allOf(resumes.toArray(CompletableFuture[]::new)));
    }

    private CompletableFuture<CopilotSession> reopen(Connection restarted, CopilotSession session) {
        ResumeSessionConfig config = session.restartConfig();
        String sessionId = session.sessionId();
        return request(restarted, "session.resume", SessionConfigWire.resumeParams(config, sessionId, traceContext()))
                .exceptionallyCompose(error -> {
                    Throwable cause = Blocking.unwrap(error);
                    if (!(cause instanceof JsonRpcException)) {
                        return CompletableFuture.failedFuture(cause);
                    }
                    log.debug("Session {} could not be resumed ({}); creating it again", sessionId,
                            cause.getMessage());
                    return request(restarted, "session.create",
                            SessionConfigWire.createParams(config.session(), sessionId, traceContext()));
                })
                .thenCompose(result -> {
                    session.rebind(restarted, result);
                    return registerInterests(restarted, session, config.session());
                });
    }

    // ---------------------------------------------------------------- requests

    /** Sends a request on the live connection, with the request timeout. */
    CompletableFuture<JsonNode> request(String method, @Nullable Object params) {
        return connection().thenCompose(current -> request(current, method, params));
    }

    CompletableFuture<JsonNode> request(Connection current, String method, @Nullable Object params) {
        return request(current, method, params, null);
    }

    /**
     * Sends a request on the given connection, with the request timeout; {@code onResult} sees the result on the
     * connection's reader thread, in order with the notifications around it.
     */
    CompletableFuture<JsonNode> request(Connection current, String method, @Nullable Object params,
            @Nullable Consumer<JsonNode> onResult) {
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        current.rpc.request(method, params, onResult)
                .orTimeout(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((value, error) -> {
                    if (error == null) {
                        result.complete(value);
                        return;
                    }
                    Throwable cause = Blocking.unwrap(error);
                    result.completeExceptionally(cause instanceof TimeoutException
                            ? new CopilotTimeoutException("The '" + method + "' request", options.requestTimeout())
                            : cause);
                });
        return result;
    }

    Executor executor() {
        return executor;
    }

    /** The trace context to send with a request, from the configured propagator; none if it fails. */
    TraceContext traceContext() {
        try {
            TraceContext current = options.traceContextPropagator().current();
            return current != null ? current : TraceContext.NONE;
        } catch (RuntimeException e) {
            log.debug("The trace context propagator failed; sending no trace context", e);
            return TraceContext.NONE;
        }
    }

    void forget(CopilotSession session) {
        sessions.remove(session.sessionId(), session);
    }

    // ---------------------------------------------------------------- server-scoped queries

    /** The CLI's version and protocol version. */
    public CompletableFuture<ServerStatus> getStatusAsync() {
        return request("status.get", WireJson.object()).thenApply(ClientWire::serverStatus);
    }

    /** Blocking form of {@link #getStatusAsync()}. */
    public ServerStatus getStatus() {
        return Blocking.await(getStatusAsync());
    }

    /** Whether and how the CLI is authenticated. */
    public CompletableFuture<AuthStatus> getAuthStatusAsync() {
        return request("auth.getStatus", WireJson.object()).thenApply(ClientWire::authStatus);
    }

    /** Blocking form of {@link #getAuthStatusAsync()}. */
    public AuthStatus getAuthStatus() {
        return Blocking.await(getAuthStatusAsync());
    }

    /** The models the CLI offers; fetched once per connection, then cached. */
    public CompletableFuture<List<ModelInfo>> listModelsAsync() {
        return connection().thenCompose(current -> {
            synchronized (current) {
                CompletableFuture<List<ModelInfo>> cached = current.models;
                if (cached == null || cached.isCompletedExceptionally()) {
                    cached = request(current, "models.list", WireJson.object()).thenApply(ClientWire::models);
                    current.models = cached;
                }
                return cached;
            }
        });
    }

    /** Blocking form of {@link #listModelsAsync()}. */
    public List<ModelInfo> listModels() {
        return Blocking.await(listModelsAsync());
    }

    /** The stored sessions that match the filter ({@link SessionContext#ANY} for all). */
    public CompletableFuture<List<SessionMetadata>> listSessionsAsync(SessionContext filter) {
        return request("session.list", ClientWire.listSessionsParams(filter)).thenApply(ClientWire::sessionList);
    }

    /** Blocking form of {@link #listSessionsAsync(SessionContext)}. */
    public List<SessionMetadata> listSessions(SessionContext filter) {
        return Blocking.await(listSessionsAsync(filter));
    }

    /** All stored sessions. */
    public List<SessionMetadata> listSessions() {
        return listSessions(SessionContext.ANY);
    }

    /** A stored session's metadata, if it exists. */
    public CompletableFuture<Optional<SessionMetadata>> getSessionMetadataAsync(String sessionId) {
        ObjectNode params = WireJson.object().put("sessionId", sessionId);
        return request("session.getMetadata", params).thenApply(ClientWire::sessionMetadata);
    }

    /** Blocking form of {@link #getSessionMetadataAsync(String)}. */
    public Optional<SessionMetadata> getSessionMetadata(String sessionId) {
        return Blocking.await(getSessionMetadataAsync(sessionId));
    }

    /** Deletes a stored session and its data permanently. */
    public CompletableFuture<Void> deleteSessionAsync(String sessionId) {
        ObjectNode params = WireJson.object().put("sessionId", sessionId);
        return request("session.delete", params).thenAccept(result -> {
            if (result.has("success") && !result.get("success").asBoolean()) {
                throw new CopilotException("Could not delete session " + sessionId + ": "
                        + result.path("error").asString("no reason given"));
            }
            CopilotSession open = sessions.remove(sessionId);
            if (open != null) {
                open.markDisconnected(new CopilotConnectionException("Session " + sessionId + " was deleted", null));
            }
        });
    }

    /** Blocking form of {@link #deleteSessionAsync(String)}. */
    public void deleteSession(String sessionId) {
        Blocking.await(deleteSessionAsync(sessionId));
    }

    /** The id of the most recently used session, if any. */
    public CompletableFuture<Optional<String>> getLastSessionIdAsync() {
        return request("session.getLastId", WireJson.object())
                .thenApply(result -> Optional.ofNullable(result.hasNonNull("sessionId")
                        ? result.get("sessionId").asString() : null));
    }

    /** Blocking form of {@link #getLastSessionIdAsync()}. */
    public Optional<String> getLastSessionId() {
        return Blocking.await(getLastSessionIdAsync());
    }

    // ---------------------------------------------------------------- sessions

    /** The sessions this client has open. */
    public Collection<CopilotSession> sessions() {
        return List.copyOf(sessions.values());
    }

    /**
     * Creates a session. The session is registered, with the config's event listener attached, before the request
     * is sent, so no early event is lost.
     */
    public CompletableFuture<CopilotSession> createSessionAsync(SessionConfig config) {
        return connection().thenCompose(current -> {
            String sessionId = config.sessionId() != null ? config.sessionId() : UUID.randomUUID().toString();
            CopilotSession session = register(current, sessionId, config);
            ObjectNode params = SessionConfigWire.createParams(config, sessionId, traceContext());
            return open(current, session, "session.create", params)
                    .thenCompose(opened -> registerInterests(current, opened, config));
        });
    }

    /** Blocking form of {@link #createSessionAsync(SessionConfig)}. */
    public CopilotSession createSession(SessionConfig config) {
        return Blocking.await(createSessionAsync(config));
    }

    /**
     * Resumes a stored session by id. Resuming a session this client has open resumes it in place with the new
     * configuration: once the CLI accepted, the returned session receives its events and the earlier
     * {@link CopilotSession} is disconnected (without ending the session in the CLI).
     */
    public CompletableFuture<CopilotSession> resumeSessionAsync(String sessionId, ResumeSessionConfig config) {
        return connection().thenCompose(current -> {
            CopilotSession session = new CopilotSession(this, current, sessionId, config.session());
            CopilotSession previous = sessions.put(sessionId, session);
            ObjectNode params = SessionConfigWire.resumeParams(config, sessionId, traceContext());
            return open(current, session, "session.resume", params)
                    .whenComplete((opened, error) -> {
                        if (previous == null) {
                            return;
                        }
                        if (error == null) {
                            previous.markDisconnected(new CopilotConnectionException("Session " + sessionId
                                    + " was resumed by another session object of this client", null));
                        } else {
                            sessions.putIfAbsent(sessionId, previous);
                        }
                    })
                    .thenCompose(opened -> registerInterests(current, opened, config.session()));
        });
    }

    /** Blocking form of {@link #resumeSessionAsync(String, ResumeSessionConfig)}. */
    public CopilotSession resumeSession(String sessionId, ResumeSessionConfig config) {
        return Blocking.await(resumeSessionAsync(sessionId, config));
    }

    private CopilotSession register(Connection current, String sessionId, SessionConfig config) {
        CopilotSession session = new CopilotSession(this, current, sessionId, config);
        if (sessions.putIfAbsent(sessionId, session) != null) {
            throw new IllegalStateException("Session " + sessionId + " is already open on this client");
        }
        return session;
    }

    private CompletableFuture<CopilotSession> open(Connection current, CopilotSession session, String method,
            ObjectNode params) {
        return request(current, method, params).handle((result, error) -> {
            if (error != null) {
                sessions.remove(session.sessionId(), session);
                session.markDisconnected(new CopilotConnectionException("Session could not be opened", error));
                throw Blocking.rethrowable(error);
            }
            String returnedId = result.path("sessionId").asString(session.sessionId());
            if (!returnedId.equals(session.sessionId())) {
                sessions.remove(session.sessionId(), session);
                throw new CopilotException("The CLI answered " + method + " for session " + returnedId
                        + " instead of " + session.sessionId());
            }
            session.opened(result);
            return session;
        });
    }

    /**
     * Asks the CLI for the events it sends only to clients that want them: {@code mcp.oauth_required} when the
     * session has an MCP auth handler. A failure is logged and leaves the session usable without those events.
     */
    private CompletableFuture<CopilotSession> registerInterests(Connection current, CopilotSession session,
            SessionConfig config) {
        if (config.onMcpAuthRequest() == null) {
            return CompletableFuture.completedFuture(session);
        }
        ObjectNode params = WireJson.object().put("sessionId", session.sessionId())
                .put("eventType", "mcp.oauth_required");
        return request(current, "session.eventLog.registerInterest", params).handle((result, error) -> {
            if (error != null) {
                log.warn("Session {} will receive no MCP OAuth requests: registering interest failed: {}",
                        session.sessionId(), Blocking.unwrap(error).getMessage());
            }
            return session;
        });
    }

    /** Routes what the CLI sends to the sessions; runs on the reader thread and never blocks. */
    private final class Inbound implements InboundHandler {

        /** The connection this handler serves; set when the connection is assembled, before it starts. */
        private volatile @Nullable Connection connection;

        @Override
        public void onNotification(String method, JsonNode params) {
            if (method.equals("session.event")) {
                CopilotSession session = sessions.get(params.path("sessionId").asString(""));
                JsonNode event = params.get("event");
                if (session != null && event != null) {
                    session.receive(event);
                } else {
                    log.trace("Dropped an event for unknown session {}", params.path("sessionId"));
                }
            }
        }

        /**
         * Takes the events no feature of their session acts on, the bulk of a turn, so that the reader only peeks at
         * them and the session's delivery thread parses them.
         */
        @Override
        public boolean takeFrame(DeferredFrame frame) {
            SessionEventRoute route = SessionEventRoute.peek(frame.frame());
            CopilotSession session = route == null ? null : sessions.get(route.sessionId());
            if (session == null || session.decodesOnReader(route.type())) {
                return false;
            }
            session.receiveUnparsed(frame);
            return true;
        }

        @Override
        public @Nullable CompletableFuture<?> onRequest(String method, JsonNode params) {
            JsonNode sessionIdNode = params.get("sessionId");
            if (sessionIdNode == null || !sessionIdNode.isString()) {
                return null;
            }
            CopilotSession session = sessions.get(sessionIdNode.asString());
            if (session == null) {
                return CompletableFuture.failedFuture(new JsonRpcException(method, JsonRpcException.INTERNAL_ERROR,
                        "Session not found: " + sessionIdNode.asString(), null));
            }
            return session.handleRequest(method, params);
        }

        /**
         * Runs before the calls pending on the connection fail, so whoever sees such a failure finds the client
         * already restarting (or failed).
         */
        @Override
        public void onClose(CopilotConnectionException reason) {
            Connection closed = connection;
            if (closed != null) {
                onConnectionClosed(closed, reason);
            }
        }
    }

    /** One established connection and what belongs to it. */
    static final class Connection {

        final JsonRpcConnection rpc;
        final @Nullable CliProcess process;
        final @Nullable Socket socket;
        volatile @Nullable String cliVersion;
        volatile boolean stopping;
        /** Set once the connection was the client's live one; only such a connection is restarted. */
        volatile boolean connected;
        @Nullable CompletableFuture<List<ModelInfo>> models;

        Connection(JsonRpcConnection rpc, @Nullable CliProcess process, @Nullable Socket socket, Inbound inbound) {
            this.rpc = rpc;
            this.process = process;
            this.socket = socket;
            inbound.connection = this;
        }
    }
}
