package io.github.copilot4j;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.github.copilot4j.hook.SessionHooks;
import io.github.copilot4j.input.UserInputResponse;
import io.github.copilot4j.internal.rpc.WireFuzz;
import io.github.copilot4j.internal.wire.WireJson;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.tool.ToolDefinition;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded fuzzing of a live client and session: the peer sends events of every type with data of the wrong shape,
 * requests with wrong params for every method the session answers, responses nobody asked for and unknown methods.
 * Every event addressed to the session is delivered (an unknown or malformed one as {@code UnknownSessionEvent}),
 * every request with a usable id is answered, nothing escapes to a thread, and the client stays connected.
 */
@Timeout(120)
class CopilotClientFuzzTests {

    static final int MESSAGES = 20_000;
    private static final long SEED = 0xF0CA_CC1AL;
    private static final String SESSION_ID = "session-1";

    private final List<Throwable> escaped = new CopyOnWriteArrayList<>();
    private final List<Logger> quietened = List.of((Logger) LoggerFactory.getLogger("io.github.copilot4j"));
    private Thread.UncaughtExceptionHandler previousHandler;
    private FakeCliPeer peer;
    private CopilotClient client;

    @BeforeEach
    void connect() throws Exception {
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> escaped.add(failure));
        quietened.forEach(logger -> logger.setLevel(Level.ERROR));
        peer = new FakeCliPeer(CopilotClientFuzzTests::answer);
        client = new CopilotClient(CopilotClientOptions.builder().cliUrl(peer.url()).build());
    }

    @AfterEach
    void close() throws Exception {
        client.close();
        peer.close();
        quietened.forEach(logger -> logger.setLevel(null));
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
    }

    @Test
    void wrongMessagesNeverStopTheClientAndEveryEventOfTheSessionIsDelivered() throws Exception {
        AtomicInteger delivered = new AtomicInteger();
        CopilotSession session = client.createSession(SessionConfig.builder()
                .sessionId(SESSION_ID)
                .tools(List.of(ToolDefinition.of("t", null, null, invocation -> "ok")))
                .onPermissionRequest(PermissionHandler.approveAll())
                .onUserInputRequest(request -> UserInputResponse.freeform("yes"))
                .hooks(SessionHooks.builder().onPreToolUse((input, context) -> null).build())
                .onEvent(event -> delivered.incrementAndGet())
                .build());
        WireFuzz fuzz = new WireFuzz(SEED);
        int expectedEvents = 0;
        Set<String> requestIds = new HashSet<>();

        for (int i = 0; i < MESSAGES; i++) {
            ObjectNode message = fuzz.nextInt(2) == 0 ? fuzz.sessionEvent(SESSION_ID) : fuzz.wrongMessage();
            expectedEvents += isEventOfTheSession(message) ? 1 : 0;
            JsonNode id = message.get("id");
            if (message.has("method") && id != null && (id.isString() || id.isNumber())) {
                requestIds.add(id.toString());
            }
            peer.send(message);
        }

        assertThat(client.getStatus().protocolVersion()).isEqualTo(CopilotClient.PROTOCOL_VERSION);
        int expected = expectedEvents;
        Awaitility.await("every event of the session").atMost(Duration.ofSeconds(60))
                .until(() -> delivered.get() == expected);
        Awaitility.await("an answer to every request").atMost(Duration.ofSeconds(60))
                .until(() -> answeredIds().containsAll(requestIds));
        assertThat(delivered.get()).isEqualTo(expected).isGreaterThan(MESSAGES / 3);
        assertThat(requestIds).hasSizeGreaterThan(MESSAGES / 20);
        assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(session.isConnected()).isTrue();
        assertThat(escaped).isEmpty();
    }

    /** What the client routes to the session: a {@code session.event} notification naming it, with an event. */
    private static boolean isEventOfTheSession(ObjectNode message) {
        JsonNode id = message.get("id");
        JsonNode params = message.get("params");
        return message.path("method").isString() && message.get("method").asString().equals("session.event")
                && (id == null || id.isNull())
                && params != null && params.isObject()
                && params.path("sessionId").isString() && params.get("sessionId").asString().equals(SESSION_ID)
                && params.get("event") != null;
    }

    private Set<String> answeredIds() {
        return peer.requests().stream()
                .filter(frame -> !frame.has("method") && frame.has("id"))
                .map(frame -> frame.get("id").toString())
                .collect(Collectors.toSet());
    }

    private static JsonNode answer(JsonNode request) {
        if (!request.has("method")) {
            return null;
        }
        String method = request.get("method").asString();
        JsonNode params = request.path("params");
        return switch (method) {
            case "connect", "status.get" -> FakeCliPeer.result(request, WireJson.object().put("ok", true)
                    .put("protocolVersion", 3).put("version", "1.0.102"));
            case "session.create" -> FakeCliPeer.result(request, WireJson.object()
                    .put("sessionId", params.get("sessionId").asString()));
            default -> FakeCliPeer.result(request, WireJson.object().put("success", true));
        };
    }
}
