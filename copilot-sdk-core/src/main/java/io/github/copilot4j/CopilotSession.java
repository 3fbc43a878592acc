package io.github.copilot4j;

import io.github.copilot4j.config.ModelCapabilitiesOverride;
import io.github.copilot4j.config.ProviderConfig;
import io.github.copilot4j.config.ReasoningEffort;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.SessionErrorEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionEventListener;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.event.Subscription;
import io.github.copilot4j.internal.dispatch.SerialExecutor;
import io.github.copilot4j.internal.rpc.DeferredFrame;
import io.github.copilot4j.internal.session.SessionChannel;
import io.github.copilot4j.internal.session.SessionFeature;
import io.github.copilot4j.internal.session.SessionFeatures;
import io.github.copilot4j.internal.util.Checks;
import io.github.copilot4j.internal.wire.AgentWire;
import io.github.copilot4j.internal.wire.McpWire;
import io.github.copilot4j.internal.wire.SessionConfigWire;
import io.github.copilot4j.internal.wire.SessionEventDecoder;
import io.github.copilot4j.internal.wire.WireJson;
import io.github.copilot4j.mcp.McpServerInfo;
import io.github.copilot4j.trace.TraceContextPropagator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A conversation with Copilot's agent. Obtained from {@link CopilotClient#createSession(SessionConfig)} or
 * {@link CopilotClient#resumeSession(String, ResumeSessionConfig)}.
 *
 * <p>{@link #send(String)} starts a turn and returns at once; the turn's progress arrives as {@link SessionEvent}s to
 * the listeners registered with {@link #on(SessionEventListener)}, ending with {@link SessionIdleEvent}.
 * {@link #sendAndWait(String, Duration)} does both and returns the turn's final assistant message. Listeners run one
 * event at a time, in the CLI's order, on the client's executor. The session is thread-safe; {@link #close()}
 * releases it in the CLI (its history stays on disk and can be resumed).
 */
public final class CopilotSession implements AutoCloseable {

    /** The time limit of {@link #sendAndWait(String)}. */
    public static final Duration DEFAULT_SEND_TIMEOUT = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(CopilotSession.class);

    private final CopilotClient client;
    private final SessionConfig config;
    private final String sessionId;
    private final SerialExecutor dispatch;
    private final List<Registration<?>> listeners = new CopyOnWriteArrayList<>();
    private final List<SessionFeature> features;
    /**
     * The features acting on each event type, in order: events of these types are decoded on the reader thread, the
     * others on delivery.
     */
    private final Map<String, List<SessionFeature>> featuresByEventType;
    private final SessionChannel channel;
    private final CompletableFuture<CopilotConnectionException> disconnected = new CompletableFuture<>();
    private final Set<CompletableFuture<?>> turnsInFlight = ConcurrentHashMap.newKeySet();
    private final Object bindingLock = new Object();
    /** The connection the session talks over; replaced when the client restarts the CLI. */
    private volatile CopilotClient.Connection connection;
    /** Completed with {@link #connection} while bound; pending while the client restarts the CLI. */
    private volatile CompletableFuture<CopilotClient.Connection> bound;
    private final AtomicReference<@Nullable CompletableFuture<Void>> disconnecting = new AtomicReference<>();
    private volatile @Nullable Path workspacePath;

    CopilotSession(CopilotClient client, CopilotClient.Connection connection, String sessionId, SessionConfig config) {
        this.client = client;
        this.config = config;
        this.connection = connection;
        this.bound = CompletableFuture.completedFuture(connection);
        this.sessionId = sessionId;
        this.dispatch = new SerialExecutor(client.executor(), "copilot-session-" + sessionId);
        this.features = SessionFeatures.forConfig(config);
        this.featuresByEventType = byEventType(features);
        this.channel = new Channel();
        SessionEventListener<SessionEvent> onEvent = config.onEvent();
        if (onEvent != null) {
            listeners.add(new Registration<>(SessionEvent.class, onEvent));
        }
    }

    /** The session id. */
    public String sessionId() {
        return sessionId;
    }

    /** Where the CLI keeps this session's files, when it reported one. */
    public Optional<Path> workspacePath() {
        return Optional.ofNullable(workspacePath);
    }

    /** Whether the session can still be used: not closed, and its client still connected. */
    public boolean isConnected() {
        return !disconnected.isDone() && connection.rpc.isOpen();
    }

    // ---------------------------------------------------------------- events

    /** Registers a listener for every event of this session. */
    public Subscription on(SessionEventListener<SessionEvent> listener) {
        return on(SessionEvent.class, listener);
    }

    /** Registers a listener for the events of one type, e.g. {@code AssistantMessageEvent.class}. */
    public <T extends SessionEvent> Subscription on(Class<T> type, SessionEventListener<? super T> listener) {
        Registration<T> registration = new Registration<>(type, listener);
        listeners.add(registration);
        return () -> listeners.remove(registration);
    }

    /** Whether events of {@code type} must be decoded on the reader thread, because a feature acts on them. */
    boolean decodesOnReader(String type) {
        return featuresByEventType.containsKey(type);
    }

    private static Map<String, List<SessionFeature>> byEventType(List<SessionFeature> features) {
        Map<String, List<SessionFeature>> byType = new HashMap<>();
        for (SessionFeature feature : features) {
            feature.eventTypes().forEach(type -> byType.computeIfAbsent(type, key -> new ArrayList<>()).add(feature));
        }
        return Map.copyOf(byType);
    }

    /**
     * Decodes an event on the reader thread, lets the session's features answer protocol requests it carries, and
     * hands it to the listeners, in order.
     */
    void receive(JsonNode wireEvent) {
        SessionEvent event = SessionEventDecoder.decode(wireEvent);
        for (SessionFeature feature : featuresByEventType.getOrDefault(event.type(), List.of())) {
            try {
                feature.onEvent(event, channel);
            } catch (RuntimeException e) {
                log.warn("Session {} could not handle {}", sessionId, event.type(), e);
            }
        }
        dispatch.execute(() -> deliver(event));
    }

    /**
     * Queues an unparsed event no feature acts on: it is parsed and decoded on the delivery thread, in order with
     * the events received before and after it.
     */
    void receiveUnparsed(DeferredFrame frame) {
        dispatch.execute(() -> {
            SessionEvent event = SessionEventDecoder.decodeNotification(frame.frame());
            if (event == null) {
                // Not the usual shape: parsed as the reader parses any message, malformed input handled as there.
                JsonNode params = frame.params();
                JsonNode wireEvent = params == null ? null : params.get("event");
                event = wireEvent == null ? null : SessionEventDecoder.decode(wireEvent);
            }
            if (event != null) {
                deliver(event);
            }
        });
    }

    private void deliver(SessionEvent event) {
        for (Registration<?> registration : listeners) {
            try {
                registration.offer(event);
            } catch (RuntimeException e) {
                log.warn("A listener of session {} threw on {}; delivery goes on", sessionId, event.type(), e);
            }
        }
    }

    /** Answers a server-to-client request addressed to this session; {@code null} when it has no handler. */
    @Nullable CompletableFuture<?> handleRequest(String method, JsonNode params) {
        for (SessionFeature feature : features) {
            CompletableFuture<?> answer = feature.onRequest(method, params, channel);
            if (answer != null) {
                return answer;
            }
        }
        log.debug("Session {} has no handler for {}", sessionId, method);
        return null;
    }

    void opened(JsonNode result) {
        JsonNode path = result.get("workspacePath");
        if (path != null && path.isString()) {
            workspacePath = Path.of(path.asString());
        }
    }

    void markDisconnected(CopilotConnectionException reason) {
        boolean first;
        synchronized (bindingLock) {
            first = disconnected.complete(reason);
            bound.completeExceptionally(reason);
        }
        if (first) {
            releaseWork(reason);
        }
    }

    /**
     * The CLI died and the client is restarting it: the turns and callbacks in flight fail or are cancelled with
     * {@code reason}, and requests wait until {@link #rebind} or {@link #markDisconnected}.
     */
    void connectionLost(CopilotConnectionException reason) {
        synchronized (bindingLock) {
            if (!disconnected.isDone() && bound.isDone()) {
                bound = new CompletableFuture<>();
            }
        }
        releaseWork(reason);
    }

    /**
     * Binds the session to the restarted CLI, which resumed it with {@code result}; a session disconnected meanwhile
     * is released there again.
     */
    void rebind(CopilotClient.Connection restarted, JsonNode result) {
        synchronized (bindingLock) {
            if (!disconnected.isDone()) {
                connection = restarted;
                opened(result);
                bound.complete(restarted);
                return;
            }
        }
        client.request(restarted, "session.destroy", params());
    }

    /** How the client resumes this session after restarting the CLI: with the configuration it was opened with. */
    ResumeSessionConfig restartConfig() {
        return ResumeSessionConfig.of(config.toBuilder().sessionId(null).cloud(null).build());
    }

    private void releaseWork(CopilotConnectionException reason) {
        for (CompletableFuture<?> turn : List.copyOf(turnsInFlight)) {
            turn.completeExceptionally(reason);
        }
        for (SessionFeature feature : features) {
            try {
                feature.onDisconnect(reason);
            } catch (RuntimeException e) {
                log.debug("Session {}: a feature failed to release its work", sessionId, e);
            }
        }
    }

    // ---------------------------------------------------------------- turns

    /** Sends a prompt; completes with the message id once the CLI accepted it, before the turn runs. */
    public CompletableFuture<String> sendAsync(String prompt, SendOptions options) {
        return send(prompt, options, null);
    }

    /**
     * Sends a prompt; {@code onAccepted} runs on the reader thread when the CLI's acceptance is read, in order with
     * the session's events.
     */
    private CompletableFuture<String> send(String prompt, SendOptions options,
            @Nullable Consumer<JsonNode> onAccepted) {
        Objects.requireNonNull(prompt, "prompt");
        return request("session.send", SessionConfigWire.sendParams(sessionId, prompt, options,
                client.traceContext()), onAccepted)
                .thenApply(result -> result.path("messageId").asString(""));
    }

    /** Blocking form of {@link #sendAsync(String, SendOptions)}. */
    public String send(String prompt, SendOptions options) {
        return Blocking.await(sendAsync(prompt, options));
    }

    /** Sends a prompt with default options and returns the message id. */
    public String send(String prompt) {
        return send(prompt, SendOptions.defaults());
    }

    /**
     * Sends a prompt and completes when the turn is over ({@code session.idle}) with the turn's last top-level
     * assistant message (empty when the turn produced none). Only events the CLI emitted after it accepted the prompt
     * count, so the end of an earlier turn still being delivered never ends this one. Fails with
     * {@link SessionErrorException} on {@code session.error}, with {@link CopilotConnectionException} when the
     * session or its connection closes (a {@link CopilotRestartedException} when the CLI died and the client
     * restarts it), and with {@link CopilotTimeoutException} after {@code timeout} (the turn itself goes on; see
     * {@link #abort()}).
     */
    public CompletableFuture<Optional<AssistantMessageEvent>> sendAndWaitAsync(String prompt, SendOptions options,
            Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        CompletableFuture<Optional<AssistantMessageEvent>> turn = new CompletableFuture<>();
        AtomicReference<@Nullable AssistantMessageEvent> lastMessage = new AtomicReference<>();
        AtomicBoolean accepted = new AtomicBoolean();
        Subscription subscription = on(event -> {
            if (!accepted.get()) {
                return;
            }
            if (event instanceof AssistantMessageEvent message && message.parentToolCallId() == null) {
                lastMessage.set(message);
            } else if (event instanceof SessionErrorEvent error) {
                turn.completeExceptionally(new SessionErrorException(error.errorType(), error.message(),
                        error.statusCode() == null ? null : error.statusCode().intValue()));
            } else if (event instanceof SessionIdleEvent) {
                turn.complete(Optional.ofNullable(lastMessage.get()));
            }
        });
        turnsInFlight.add(turn);
        CopilotConnectionException closed = disconnected.getNow(null);
        if (closed != null) {
            turn.completeExceptionally(closed);
        }
        // Queued behind the events read before the acceptance, ahead of those read after it.
        send(prompt, options, result -> dispatch.execute(() -> accepted.set(true)))
                .whenComplete((messageId, error) -> {
                    if (error != null) {
                        turn.completeExceptionally(Blocking.unwrap(error));
                    }
                });
        CompletableFuture<Optional<AssistantMessageEvent>> result = new CompletableFuture<>();
        turn.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((message, error) -> {
            turnsInFlight.remove(turn);
            subscription.close();
            if (error == null) {
                result.complete(message);
            } else {
                Throwable cause = Blocking.unwrap(error);
                result.completeExceptionally(cause instanceof TimeoutException
                        ? new CopilotTimeoutException("sendAndWait on session " + sessionId, timeout) : cause);
            }
        });
        return result;
    }

    /** Blocking form of {@link #sendAndWaitAsync(String, SendOptions, Duration)}. */
    public Optional<AssistantMessageEvent> sendAndWait(String prompt, SendOptions options, Duration timeout) {
        return Blocking.await(sendAndWaitAsync(prompt, options, timeout));
    }

    /** Sends a prompt with default options and waits up to {@code timeout} for the turn's answer. */
    public Optional<AssistantMessageEvent> sendAndWait(String prompt, Duration timeout) {
        return sendAndWait(prompt, SendOptions.defaults(), timeout);
    }

    /** Sends a prompt and waits up to {@link #DEFAULT_SEND_TIMEOUT} for the turn's answer. */
    public Optional<AssistantMessageEvent> sendAndWait(String prompt) {
        return sendAndWait(prompt, DEFAULT_SEND_TIMEOUT);
    }

    /** Aborts the turn in progress; the session stays usable. */
    public CompletableFuture<Void> abortAsync() {
        return request("session.abort", params()).thenAccept(result -> {
        });
    }

    /** Blocking form of {@link #abortAsync()}. */
    public void abort() {
        Blocking.await(abortAsync());
    }

    /** The session's persisted history (ephemeral events excluded). */
    public CompletableFuture<List<SessionEvent>> getMessagesAsync() {
        return request("session.getMessages", params()).thenApply(result -> {
            List<SessionEvent> events = new ArrayList<>();
            result.path("events").forEach(event -> events.add(SessionEventDecoder.decode(event)));
            return List.copyOf(events);
        });
    }

    /** Blocking form of {@link #getMessagesAsync()}. */
    public List<SessionEvent> getMessages() {
        return Blocking.await(getMessagesAsync());
    }

    /** Switches the model for the next turns, optionally with a reasoning effort. */
    public CompletableFuture<Void> setModelAsync(String model, @Nullable ReasoningEffort reasoningEffort) {
        return setModelAsync(model, reasoningEffort, null);
    }

    /** Blocking form of {@link #setModelAsync(String, ReasoningEffort)}. */
    public void setModel(String model, @Nullable ReasoningEffort reasoningEffort) {
        Blocking.await(setModelAsync(model, reasoningEffort));
    }

    /**
     * Switches the model for the next turns, optionally with a reasoning effort and with capability overrides that
     * replace those given at creation ({@link SessionConfig.Builder#modelCapabilities}); switching to the current
     * model with new overrides changes only the capabilities, for example whether images are sent to the model.
     */
    public CompletableFuture<Void> setModelAsync(String model, @Nullable ReasoningEffort reasoningEffort,
            @Nullable ModelCapabilitiesOverride capabilities) {
        ObjectNode params = params().put("modelId", Objects.requireNonNull(model, "model"));
        if (reasoningEffort != null) {
            params.put("reasoningEffort", reasoningEffort.wireValue());
        }
        if (capabilities != null) {
            params.set("modelCapabilities", SessionConfigWire.capabilities(capabilities));
        }
        return request("session.model.switchTo", params).thenAccept(result -> {
        });
    }

    /** Blocking form of {@link #setModelAsync(String, ReasoningEffort, ModelCapabilitiesOverride)}. */
    public void setModel(String model, @Nullable ReasoningEffort reasoningEffort,
            @Nullable ModelCapabilitiesOverride capabilities) {
        Blocking.await(setModelAsync(model, reasoningEffort, capabilities));
    }

    /** The custom agents this session can select. */
    public CompletableFuture<List<AgentInfo>> listAgentsAsync() {
        return request("session.agent.list", params()).thenApply(AgentWire::agents);
    }

    /** Blocking form of {@link #listAgentsAsync()}. */
    public List<AgentInfo> listAgents() {
        return Blocking.await(listAgentsAsync());
    }

    /** The selected custom agent; empty while the default agent works. */
    public CompletableFuture<Optional<AgentInfo>> currentAgentAsync() {
        return request("session.agent.getCurrent", params()).thenApply(AgentWire::currentAgent);
    }

    /** Blocking form of {@link #currentAgentAsync()}. */
    public Optional<AgentInfo> currentAgent() {
        return Blocking.await(currentAgentAsync());
    }

    /**
     * Selects a custom agent by name for the next turns, like {@link SessionConfig.Builder#agent(String)} at
     * creation; completes with the selected agent, or fails with {@link JsonRpcException} for an unknown name.
     */
    public CompletableFuture<AgentInfo> selectAgentAsync(String name) {
        ObjectNode params = params().put("name", Checks.nonBlank(name, "name"));
        return request("session.agent.select", params).thenApply(result -> AgentWire.currentAgent(result)
                .orElseThrow(() -> new CopilotProtocolException("session.agent.select returned no agent for "
                        + name)));
    }

    /** Blocking form of {@link #selectAgentAsync(String)}. */
    public AgentInfo selectAgent(String name) {
        return Blocking.await(selectAgentAsync(name));
    }

    /** Returns to the default agent for the next turns. */
    public CompletableFuture<Void> deselectAgentAsync() {
        return request("session.agent.deselect", params()).thenAccept(result -> {
        });
    }

    /** Blocking form of {@link #deselectAgentAsync()}. */
    public void deselectAgent() {
        Blocking.await(deselectAgentAsync());
    }

    /** Replaces the BYOK provider for the next model requests. */
    public CompletableFuture<Void> updateProviderAsync(ProviderConfig provider) {
        ObjectNode params = params();
        params.set("provider", SessionConfigWire.provider(provider));
        return request("session.options.update", params).thenAccept(result -> {
        });
    }

    /** Blocking form of {@link #updateProviderAsync(ProviderConfig)}. */
    public void updateProvider(ProviderConfig provider) {
        Blocking.await(updateProviderAsync(provider));
    }

    /** Writes a message into the session's timeline; completes with the new event's id. */
    public CompletableFuture<String> logAsync(String message, SessionLogLevel level, boolean ephemeral) {
        ObjectNode params = params().put("message", Objects.requireNonNull(message, "message"))
                .put("level", level.wireValue());
        if (ephemeral) {
            params.put("ephemeral", true);
        }
        return request("session.log", params).thenApply(result -> result.path("eventId").asString(""));
    }

    /** Blocking form of {@link #logAsync(String, SessionLogLevel, boolean)}. */
    public String log(String message, SessionLogLevel level, boolean ephemeral) {
        return Blocking.await(logAsync(message, level, ephemeral));
    }

    /**
     * Clears the conversation and starts a fresh context window seeded with {@code prompt}
     * ({@code session.history.clearContext}); completes with the number of messages removed. Call it from a tool
     * handler: the CLI delivers the seed prompt as the next turn once the current turn's agent loop ends, so a
     * terminal tool ({@link io.github.copilot4j.tool.ToolDefinition#isTerminal()}) is the usual place.
     */
    public CompletableFuture<Integer> clearContextAsync(String prompt) {
        ObjectNode params = params().put("prompt", Checks.nonBlank(prompt, "prompt"));
        return request("session.history.clearContext", params)
                .thenApply(result -> result.path("messagesCleared").asInt(0));
    }

    /** Blocking form of {@link #clearContextAsync(String)}. */
    public int clearContext(String prompt) {
        return Blocking.await(clearContextAsync(prompt));
    }

    /**
     * Turns the CLI's approve-all mode on or off ({@code session.permissions.setApproveAll}); while on, the CLI
     * approves every permission request itself and the session's permission handler is not asked.
     */
    public CompletableFuture<Void> setApproveAllAsync(boolean enabled) {
        return request("session.permissions.setApproveAll", params().put("enabled", enabled)).thenAccept(result -> {
        });
    }

    /** Blocking form of {@link #setApproveAllAsync(boolean)}. */
    public void setApproveAll(boolean enabled) {
        Blocking.await(setApproveAllAsync(enabled));
    }

    /**
     * The MCP servers configured for this session, with their connection status ({@code session.mcp.list}). Asking
     * also makes the CLI start connecting to configured servers it has not contacted yet.
     */
    public CompletableFuture<List<McpServerInfo>> listMcpServersAsync() {
        return request("session.mcp.list", params()).thenApply(McpWire::servers);
    }

    /** Blocking form of {@link #listMcpServersAsync()}. */
    public List<McpServerInfo> listMcpServers() {
        return Blocking.await(listMcpServersAsync());
    }

    // ---------------------------------------------------------------- closing

    /**
     * Releases the session in the CLI ({@code session.destroy}); its history stays on disk and can be resumed.
     * Idempotent and thread-safe: every call returns the same future.
     */
    public CompletableFuture<Void> disconnectAsync() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!disconnecting.compareAndSet(null, done)) {
            return Objects.requireNonNull(disconnecting.get());
        }
        CompletableFuture<JsonNode> destroy = isConnected()
                ? client.request(connection, "session.destroy", params())
                : CompletableFuture.completedFuture(null);
        destroy.whenComplete((result, error) -> {
            markDisconnected(new CopilotConnectionException("Session " + sessionId + " was disconnected", null));
            client.forget(this);
            if (error != null && connection.rpc.isOpen()) {
                done.completeExceptionally(Blocking.unwrap(error));
            } else {
                done.complete(null);
            }
        });
        return done;
    }

    /** Blocking form of {@link #disconnectAsync()}. */
    public void disconnect() {
        Blocking.await(disconnectAsync());
    }

    /** Same as {@link #disconnect()}. */
    @Override
    public void close() {
        disconnect();
    }

    private ObjectNode params() {
        return WireJson.object().put("sessionId", sessionId);
    }

    private CompletableFuture<JsonNode> request(String method, ObjectNode params) {
        return request(method, params, null);
    }

    private CompletableFuture<JsonNode> request(String method, ObjectNode params,
            @Nullable Consumer<JsonNode> onResult) {
        CopilotConnectionException reason = disconnected.getNow(null);
        if (reason != null) {
            return CompletableFuture.failedFuture(new CopilotConnectionException("Session " + sessionId
                    + " is disconnected: " + reason.getMessage(), reason));
        }
        CompletableFuture<CopilotClient.Connection> current = bound;
        if (current.isDone() && !current.isCompletedExceptionally()) {
            return client.request(current.join(), method, params, onResult);
        }
        return current.handle((restarted, failure) -> failure == null
                        ? client.request(restarted, method, params, onResult)
                        : CompletableFuture.<JsonNode>failedFuture(new CopilotConnectionException("Session "
                                + sessionId + " is disconnected: " + Blocking.unwrap(failure).getMessage(),
                                Blocking.unwrap(failure))))
                .thenCompose(request -> request);
    }

    @Override
    public String toString() {
        return "CopilotSession[" + sessionId + (isConnected() ? "" : ", disconnected") + "]";
    }

    /** What the session's features may use. */
    private final class Channel implements SessionChannel {

        @Override
        public String sessionId() {
            return sessionId;
        }

        @Override
        public CompletableFuture<JsonNode> request(String method, ObjectNode params) {
            params.put("sessionId", sessionId);
            return CopilotSession.this.request(method, params);
        }

        @Override
        public Executor callbackExecutor() {
            return client.executor();
        }

        @Override
        public TraceContextPropagator traceContextPropagator() {
            return client.options().traceContextPropagator();
        }

        @Override
        public @Nullable Duration toolTimeout() {
            return config.toolTimeout();
        }

        @Override
        public @Nullable Duration handlerTimeout() {
            return config.handlerTimeout();
        }
    }

    /** A listener and the event type it accepts. */
    private record Registration<T extends SessionEvent>(Class<T> type, SessionEventListener<? super T> listener) {

        void offer(SessionEvent event) {
            if (type.isInstance(event)) {
                listener.onEvent(type.cast(event));
            }
        }
    }
}
