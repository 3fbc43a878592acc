package io.github.copilot4j.spring.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.copilot4j.ConnectionState;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotRestartedException;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.spring.TestCliProperties;
import io.github.copilot4j.spring.autoconfigure.CopilotClientAutoConfiguration;
import io.github.copilot4j.spring.autoconfigure.CopilotEventsAutoConfiguration;
import io.github.copilot4j.spring.autoconfigure.CopilotHealthContributorAutoConfiguration;
import io.github.copilot4j.spring.autoconfigure.CopilotSessionAutoConfiguration;
import io.github.copilot4j.spring.event.CopilotClientStateEvent;
import io.github.copilot4j.spring.session.CopilotSessionFactory;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * With {@code copilot.cli.restart.enabled}, a CLI killed under a running application is restarted: the application
 * hears it as {@link CopilotClientStateEvent}s, the health is DOWN while the CLI restarts, and a session the factory
 * opened before takes the next turn.
 */
class CliRestartIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);

    private CopilotTestEnvironment environment;

    @BeforeEach
    void createEnvironment() {
        environment = CopilotTestEnvironment.create();
    }

    @AfterEach
    void closeEnvironment() {
        environment.close();
    }

    @Test
    void aKilledCliIsRestartedAndTheApplicationHearsIt() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CopilotClientAutoConfiguration.class,
                        CopilotSessionAutoConfiguration.class, CopilotEventsAutoConfiguration.class,
                        CopilotHealthContributorAutoConfiguration.class))
                .withUserConfiguration(StateListenerConfiguration.class)
                .withPropertyValues(TestCliProperties.of(environment))
                .withPropertyValues("copilot.cli.startup=eager", "copilot.cli.restart.enabled=true",
                        "copilot.cli.restart.initial-backoff=2s")
                .run(context -> {
                    CopilotClient client = context.getBean(CopilotClient.class);
                    CopilotSessionFactory factory = context.getBean(CopilotSessionFactory.class);
                    HealthIndicator health = context.getBean("copilotHealthContributor", HealthIndicator.class);
                    List<CopilotClientStateEvent> states = context.getBean(StateListener.class).states;
                    CopilotSession session = factory.create();
                    assertThat(session.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content())
                            .isEqualTo("2");
                    long firstPid = client.cliProcessId().orElseThrow();

                    ProcessHandle.of(firstPid).orElseThrow().destroyForcibly();

                    await().atMost(Duration.ofSeconds(5)).until(() -> client.state() == ConnectionState.RESTARTING);
                    Health restarting = health.health();
                    assertThat(restarting.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(restarting.getDetails()).containsEntry("state", "RESTARTING");
                    await().atMost(Duration.ofSeconds(30)).until(() -> client.state() == ConnectionState.CONNECTED);
                    assertThat(session.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content())
                            .isEqualTo("2");
                    assertThat(client.cliProcessId()).hasValueSatisfying(pid -> assertThat(pid).isNotEqualTo(firstPid));
                    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
                    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(states)
                            .extracting(CopilotClientStateEvent::state)
                            .containsExactly(ConnectionState.CONNECTING, ConnectionState.CONNECTED,
                                    ConnectionState.RESTARTING, ConnectionState.CONNECTED));
                    assertThat(states.get(2).cause()).isInstanceOf(CopilotRestartedException.class);
                    session.close();
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class StateListenerConfiguration {

        @Bean
        StateListener stateListener() {
            return new StateListener();
        }
    }

    static class StateListener {

        final List<CopilotClientStateEvent> states = new CopyOnWriteArrayList<>();

        @EventListener
        void onState(CopilotClientStateEvent event) {
            states.add(event);
        }
    }
}
