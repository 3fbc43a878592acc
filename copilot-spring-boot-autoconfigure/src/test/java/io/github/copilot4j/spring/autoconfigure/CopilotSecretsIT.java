package io.github.copilot4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.spring.actuate.CopilotSessionsEndpoint;
import io.github.copilot4j.spring.event.CopilotClientStateEvent;
import io.github.copilot4j.spring.event.CopilotSessionEvent;
import io.github.copilot4j.spring.session.CopilotSessionFactory;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.ModelRequest;
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
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whole turns through the starter with a GitHub token, a BYOK API key, a bearer token and a custom authorization
 * header, every log at TRACE: the model server receives the secrets, and none appears in the logs, in the
 * application events, in the {@code toString()} of the configuration, or in the {@code env}, {@code configprops}
 * and {@code copilotsessions} endpoints, even with values shown.
 */
class CopilotSecretsIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);

    private final String gitHubToken = "github-secret-" + UUID.randomUUID();
    private final String apiKey = "api-key-secret-" + UUID.randomUUID();
    private final String bearer = "bearer-secret-" + UUID.randomUUID();
    private final String header = "header-secret-" + UUID.randomUUID();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    private final List<Appender<ILoggingEvent>> consoleAppenders = new ArrayList<>();
    private Level rootLevel;
    private CopilotTestEnvironment environment;

    @BeforeEach
    void captureEveryLog() {
        environment = CopilotTestEnvironment.create();
        rootLevel = root.getLevel();
        root.iteratorForAppenders().forEachRemaining(consoleAppenders::add);
        consoleAppenders.forEach(root::detachAppender);
        root.setLevel(Level.TRACE);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void restore() {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        consoleAppenders.forEach(root::addAppender);
        environment.close();
    }

    @Test
    void noSecretReachesLogsEventsStringsOrEndpoints() {
        List<ApplicationEvent> published = new CopyOnWriteArrayList<>();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CopilotClientAutoConfiguration.class,
                        CopilotSessionAutoConfiguration.class, CopilotEventsAutoConfiguration.class,
                        CopilotSanitizingAutoConfiguration.class, CopilotSessionsEndpointAutoConfiguration.class))
                .withInitializer(context -> context.addApplicationListener((ApplicationListener<ApplicationEvent>)
                        event -> {
                            if (event instanceof CopilotSessionEvent<?> || event instanceof CopilotClientStateEvent) {
                                published.add(event);
                            }
                        }))
                .withPropertyValues(cliProperties())
                .withPropertyValues("copilot.auth.github-token=" + gitHubToken,
                        "copilot.sessions.keyed.model=gpt-4.1",
                        "copilot.sessions.keyed.provider.base-url=" + environment.modelServer().openAiBaseUrl(),
                        "copilot.sessions.keyed.provider.api-key=" + apiKey,
                        "copilot.sessions.keyed.provider.headers[X-Custom-Auth]=" + header,
                        "copilot.sessions.bearer.model=gpt-4.1",
                        "copilot.sessions.bearer.provider.base-url=" + environment.modelServer().openAiBaseUrl(),
                        "copilot.sessions.bearer.provider.bearer-token=" + bearer,
                        "management.endpoints.web.exposure.include=copilotsessions")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    CopilotSessionFactory factory = context.getBean(CopilotSessionFactory.class);
                    List<String> seen = new ArrayList<>();
                    for (String profile : List.of("default", "keyed", "bearer")) {
                        try (CopilotSession session = factory.create(profile)) {
                            assertThat(session.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content())
                                    .isEqualTo("2");
                            seen.add(describe(context.getBean(CopilotSessionsEndpoint.class).sessions()));
                        }
                        seen.add(factory.sessionConfig(profile).toString());
                    }
                    seen.add(context.getBean(CopilotClient.class).options().toString());
                    seen.add(environmentReport(context));
                    seen.add(configurationPropertiesReport(context));
                    published.forEach(event -> {
                        seen.add(event.toString());
                        if (event instanceof CopilotSessionEvent<?> sessionEvent) {
                            seen.add(sessionEvent.event().toString());
                        }
                    });
                    seen.add(loggedText());

                    assertThat(published).hasSizeGreaterThan(20);
                    assertThat(headersReceived("authorization")).contains("Bearer " + gitHubToken,
                            "Bearer " + apiKey, "Bearer " + bearer);
                    assertThat(headersReceived("x-custom-auth")).contains(header);
                    assertThat(loggedText()).as("the wire frames were logged, masked").contains("session.send")
                            .contains("***");
                    for (String secret : List.of(gitHubToken, apiKey, bearer, header)) {
                        assertThat(seen).as("where the secret %s could appear", secret)
                                .allSatisfy(text -> assertThat(text).doesNotContain(secret));
                    }
                });
    }

    private String[] cliProperties() {
        List<String> properties = new ArrayList<>(List.of(
                "copilot.cli.path=" + environment.cliPath(),
                "copilot.cli.inherit-environment=false",
                "copilot.cli.working-directory=" + environment.workDirectory()));
        for (Map.Entry<String, String> variable : environment.environment().entrySet()) {
            properties.add("copilot.cli.env[" + variable.getKey() + "]=" + variable.getValue());
        }
        return properties.toArray(String[]::new);
    }

    private List<String> headersReceived(String name) {
        List<String> values = new ArrayList<>();
        for (ModelRequest request : environment.modelServer().chatRequests()) {
            String value = request.httpRequest().header(name);
            if (value != null) {
                values.add(value);
            }
        }
        environment.modelServer().requests().forEach(request -> {
            String value = request.header(name);
            if (value != null) {
                values.add(value);
            }
        });
        return values;
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

    private static String environmentReport(AssertableApplicationContext context) {
        EnvironmentEndpoint endpoint = new EnvironmentEndpoint(context.getEnvironment(), sanitizingFunctions(context),
                Show.ALWAYS);
        return describe(endpoint.environment(null).getPropertySources());
    }

    private static String configurationPropertiesReport(AssertableApplicationContext context) {
        ConfigurationPropertiesReportEndpoint endpoint = new ConfigurationPropertiesReportEndpoint(
                sanitizingFunctions(context), Show.ALWAYS);
        endpoint.setApplicationContext(context);
        return describe(endpoint.configurationProperties());
    }

    private static List<SanitizingFunction> sanitizingFunctions(AssertableApplicationContext context) {
        return context.getBeanProvider(SanitizingFunction.class).orderedStream().toList();
    }

    private static String describe(Object value) {
        return JsonMapper.shared().writeValueAsString(value);
    }
}
