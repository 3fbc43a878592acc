package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.ResumeSessionConfig;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.internal.rpc.JsonRpcConnection;
import io.github.copilot4j.internal.wire.WireJson;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelReply;
import io.github.copilot4j.tool.CopilotToolParam;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.Tools;
import io.github.copilot4j.trace.TraceContext;
import io.github.copilot4j.trace.TraceContextPropagator;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * W3C trace context between the application and the CLI: the propagator's context goes out with
 * {@code session.create}, {@code session.resume} and {@code session.send}; the CLI's tool-execution span comes back
 * with each tool call and is made current while the tool handler runs.
 */
@CopilotTest
class TraceContextIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final TraceContext APPLICATION_CONTEXT = new TraceContext(
            "00-" + TRACE_ID + "-00f067aa0ba902b7-01", "congo=t61rcWkgMzE");

    private final Logger rpcLogger = (Logger) LoggerFactory.getLogger(JsonRpcConnection.class);
    private final ListAppender<ILoggingEvent> frames = new ListAppender<>();
    private Level previousLevel;

    record CityArgs(@CopilotToolParam(description = "The city") String city) {
    }

    /** Records the contexts made current, and keeps the current one per thread as a tracing library would. */
    static final class RecordingPropagator implements TraceContextPropagator {

        final List<TraceContext> madeCurrent = new CopyOnWriteArrayList<>();
        final ThreadLocal<TraceContext> current = ThreadLocal.withInitial(() -> APPLICATION_CONTEXT);

        @Override
        public TraceContext current() {
            return current.get();
        }

        @Override
        public AutoCloseable makeCurrent(TraceContext context) {
            madeCurrent.add(context);
            TraceContext previous = current.get();
            current.set(context);
            return () -> current.set(previous);
        }
    }

    @BeforeEach
    void recordOutgoingFrames() {
        previousLevel = rpcLogger.getLevel();
        rpcLogger.setLevel(Level.TRACE);
        rpcLogger.setAdditive(false);
        frames.start();
        rpcLogger.addAppender(frames);
    }

    @AfterEach
    void stopRecording() {
        rpcLogger.detachAppender(frames);
        rpcLogger.setAdditive(true);
        rpcLogger.setLevel(previousLevel);
    }

    @Test
    void theApplicationsContextGoesOutWithCreateSendAndResume(CopilotTestEnvironment environment) {
        CopilotClient client = environment.newClient(environment.clientOptions()
                .traceContextPropagator(new RecordingPropagator()).build());
        String sessionId;
        try (CopilotSession session = client.createSession(SessionConfig.builder().build())) {
            sessionId = session.sessionId();
            session.sendAndWait("What is 1+1?", TURN_TIMEOUT);
        }
        try (CopilotSession resumed = client.resumeSession(sessionId,
                ResumeSessionConfig.of(SessionConfig.builder().build()))) {
            resumed.sendAndWait("What is 1+1?", TURN_TIMEOUT);
        }

        Map<String, List<JsonNode>> requests = Map.of(
                "session.create", outgoing("session.create"),
                "session.send", outgoing("session.send"),
                "session.resume", outgoing("session.resume"));
        assertThat(requests.get("session.create")).hasSize(1);
        assertThat(requests.get("session.send")).hasSize(2);
        assertThat(requests.get("session.resume")).hasSize(1);
        requests.forEach((method, sent) -> assertThat(sent).as(method).allSatisfy(params -> {
            assertThat(params.path("traceparent").asString()).isEqualTo(APPLICATION_CONTEXT.traceparent());
            assertThat(params.path("tracestate").asString()).isEqualTo(APPLICATION_CONTEXT.tracestate());
        }));
        assertThat(outgoing("session.destroy")).allSatisfy(params -> assertThat(params.has("traceparent")).isFalse());
    }

    /**
     * The CLI reports its tool span only when its own OpenTelemetry is on ({@code COPILOT_OTEL_ENABLED}); here it
     * exports to a file in the test directory.
     */
    @Test
    void theCliToolSpanIsCurrentWhileTheToolHandlerRuns(CopilotTestEnvironment environment, FakeModelServer model) {
        RecordingPropagator propagator = new RecordingPropagator();
        Map<String, String> cliEnvironment = new HashMap<>(environment.environment());
        cliEnvironment.put("COPILOT_OTEL_ENABLED", "true");
        cliEnvironment.put("COPILOT_OTEL_EXPORTER_TYPE", "file");
        cliEnvironment.put("COPILOT_OTEL_FILE_EXPORTER_PATH", environment.root().resolve("otel.jsonl").toString());
        CopilotClient client = environment.newClient(environment.clientOptions().environment(cliEnvironment)
                .traceContextPropagator(propagator).build());
        model.enqueue(ModelReply.toolCall("forecast", "{\"city\":\"Paris\"}"), ModelReply.text("Sunny."));
        List<TraceContext> seenByHandler = new CopyOnWriteArrayList<>();
        ToolDefinition forecast = Tools.of("forecast", "Returns the forecast", CityArgs.class, args -> {
            seenByHandler.add(propagator.current());
            return "Sunny in " + args.city();
        }).withSkipPermission(true);

        try (CopilotSession session = client.createSession(SessionConfig.builder().tools(List.of(forecast)).build())) {
            assertThat(session.sendAndWait("Weather in Paris?", TURN_TIMEOUT).orElseThrow().content())
                    .isEqualTo("Sunny.");
        }

        assertThat(propagator.madeCurrent).singleElement().satisfies(toolSpan -> {
            assertThat(toolSpan.traceparent()).as("a child span in the application's trace")
                    .matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01")
                    .isNotEqualTo(APPLICATION_CONTEXT.traceparent());
            assertThat(toolSpan.tracestate()).isEqualTo(APPLICATION_CONTEXT.tracestate());
            assertThat(seenByHandler).containsExactly(toolSpan);
        });
        assertThat(model.chatRequests().get(1).messages()).filteredOn(message -> message.role().equals("tool"))
                .extracting(ModelMessage::content).containsExactly("Sunny in Paris");
    }

    /** The params of the requests sent with {@code method}, from the connection's trace log. */
    private List<JsonNode> outgoing(String method) {
        return frames.list.stream()
                .map(ILoggingEvent::getFormattedMessage)
                .filter(message -> message.contains("] --> "))
                .map(message -> WireJson.MAPPER.readTree(message.substring(message.indexOf("] --> ") + 6)))
                .filter(frame -> frame.path("method").asString("").equals(method))
                .map(frame -> frame.path("params"))
                .toList();
    }
}
