package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotClientOptions;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.ResumeSessionConfig;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.ProviderConfig;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelReply;
import io.github.copilot4j.testkit.ModelRequest;
import io.github.copilot4j.tool.ToolDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Secrets in use for whole turns, with every log at TRACE (wire frames included): a GitHub token, a BYOK API key,
 * a static bearer token, a bearer token from a provider and a custom authorization header. The model server receives
 * each of them, and none appears in the logs, in exception messages, in {@code toString()} or in the events. The
 * secrets have no well-known token shape, so only masking by name keeps them out.
 */
@CopilotTest
class SecretsIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);

    private final String gitHubToken = "github-secret-" + UUID.randomUUID();
    private final String apiKey = "api-key-secret-" + UUID.randomUUID();
    private final String staticBearer = "static-bearer-secret-" + UUID.randomUUID();
    private final String providedBearer = "provided-bearer-secret-" + UUID.randomUUID();
    private final String header = "header-secret-" + UUID.randomUUID();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    private final List<Appender<ILoggingEvent>> consoleAppenders = new ArrayList<>();
    private Level rootLevel;

    @BeforeEach
    void captureEveryLog() {
        rootLevel = root.getLevel();
        root.iteratorForAppenders().forEachRemaining(consoleAppenders::add);
        consoleAppenders.forEach(root::detachAppender);
        root.setLevel(Level.TRACE);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void restoreLogging() {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        consoleAppenders.forEach(root::addAppender);
    }

    @Test
    void noSecretReachesLogsMessagesStringsOrEvents(CopilotTestEnvironment environment, FakeModelServer model) {
        List<String> seen = new ArrayList<>();
        List<SessionEvent> events = new CopyOnWriteArrayList<>();
        CopilotClientOptions options = environment.clientOptions().gitHubToken(gitHubToken).build();
        CopilotClient client = environment.newClient(options);
        ProviderConfig keyed = environment.byokProvider().toBuilder().apiKey(apiKey)
                .headers(Map.of("X-Custom-Auth", header)).build();
        ProviderConfig bearer = environment.byokProvider().toBuilder().apiKey(null).bearerToken(staticBearer).build();
        ProviderConfig provided = environment.byokProvider().toBuilder().apiKey(null)
                .bearerTokenProvider((provider, sessionId) -> providedBearer).build();
        ToolDefinition lookup = ToolDefinition.of("lookup", "Looks something up", null, invocation -> "found")
                .withSkipPermission(true);
        model.enqueue(ModelReply.toolCall("lookup", "{}"), ModelReply.text("Found it."), ModelReply.text("2"),
                ModelReply.text("2"), ModelReply.text("2"));

        for (ProviderConfig provider : List.of(keyed, bearer, provided)) {
            SessionConfig config = SessionConfig.builder().provider(provider).model("gpt-4.1")
                    .tools(List.of(lookup)).onEvent(events::add).build();
            try (CopilotSession session = client.createSession(config)) {
                assertThat(session.sendAndWait("What is 1+1?", TURN_TIMEOUT)).isPresent();
                seen.add(config.toString());
                seen.add(provider.toString());
            }
        }
        try (CopilotSession session = client.createSession(SessionConfig.builder().build())) {
            assertThat(session.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("2");
        }
        SessionConfig resumeWithSecrets = SessionConfig.builder().provider(keyed).gitHubToken(gitHubToken).build();
        assertThatThrownBy(() -> client.resumeSession("no-such-session", ResumeSessionConfig.of(resumeWithSecrets)))
                .satisfies(failure -> seen.add(failure.toString()));
        assertThatThrownBy(() -> ProviderConfig.builder("not a url").apiKey(apiKey).build())
                .satisfies(failure -> seen.add(failure.toString()));
        seen.add(options.toString());
        seen.add(resumeWithSecrets.toString());
        events.forEach(event -> seen.add(event.toString()));
        seen.add(loggedText());

        assertThat(headersReceived(model, "authorization")).contains("Bearer " + apiKey, "Bearer " + staticBearer,
                "Bearer " + providedBearer, "Bearer " + gitHubToken);
        assertThat(headersReceived(model, "x-custom-auth")).contains(header);
        assertThat(loggedText()).as("the wire frames were logged, masked")
                .contains("session.send").contains("providerToken.getToken").contains("***");
        for (String secret : List.of(gitHubToken, apiKey, staticBearer, providedBearer, header)) {
            assertThat(seen).as("where the secret %s could appear", secret)
                    .allSatisfy(text -> assertThat(text).doesNotContain(secret));
        }
    }

    private String loggedText() {
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : logs.list) {
            text.append(event.getLoggerName()).append(' ').append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) {
                text.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
        }
        return text.toString();
    }

    private static List<String> headersReceived(FakeModelServer model, String name) {
        List<String> values = new ArrayList<>();
        for (ModelRequest request : model.chatRequests()) {
            String value = request.httpRequest().header(name);
            if (value != null) {
                values.add(value);
            }
        }
        model.requests().forEach(request -> {
            String value = request.header(name);
            if (value != null) {
                values.add(value);
            }
        });
        return values;
    }
}
