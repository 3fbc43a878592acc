package io.github.copilot4j.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.copilot4j.ConnectionState;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.spring.TestCliProperties;
import io.github.copilot4j.spring.actuate.CopilotSessionsEndpoint.SessionDescriptor;
import io.github.copilot4j.spring.autoconfigure.CopilotClientAutoConfiguration;
import io.github.copilot4j.spring.autoconfigure.CopilotHealthContributorAutoConfiguration;
import io.github.copilot4j.spring.autoconfigure.CopilotSessionAutoConfiguration;
import io.github.copilot4j.spring.autoconfigure.CopilotSessionsEndpointAutoConfiguration;
import io.github.copilot4j.spring.session.CopilotSessionFactory;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The health and the sessions endpoint of a real CLI, before and after the CLI dies. */
class CopilotHealthIndicatorIT {

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
    void isUpWithALiveCliAndDownOnceItIsKilled() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CopilotClientAutoConfiguration.class,
                        CopilotSessionAutoConfiguration.class, CopilotHealthContributorAutoConfiguration.class,
                        CopilotSessionsEndpointAutoConfiguration.class))
                .withPropertyValues(TestCliProperties.of(environment))
                .withPropertyValues("copilot.cli.startup=eager",
                        "management.endpoints.web.exposure.include=copilotsessions")
                .run(context -> {
                    CopilotClient client = context.getBean(CopilotClient.class);
                    HealthIndicator health = context.getBean("copilotHealthContributor", HealthIndicator.class);
                    CopilotSessionsEndpoint endpoint = context.getBean(CopilotSessionsEndpoint.class);

                    Health up = health.health();
                    assertThat(up.getStatus()).isEqualTo(Status.UP);
                    assertThat(up.getDetails()).containsEntry("protocolVersion", CopilotClient.PROTOCOL_VERSION)
                            .containsEntry("cliVersion", client.cliVersion().orElseThrow())
                            .containsKey("authenticated");

                    CopilotSession session = context.getBean(CopilotSessionFactory.class).create();
                    assertThat(endpoint.sessions().sessions()).singleElement().satisfies(described -> {
                        assertThat(described.id()).isEqualTo(session.sessionId());
                        assertThat(described.client()).isEqualTo("copilotClient");
                        assertThat(described.workspace()).isEqualTo(session.workspacePath().orElseThrow().toString());
                        assertThat(described.connected()).isTrue();
                    });

                    ProcessHandle.of(client.cliProcessId().orElseThrow()).orElseThrow().destroyForcibly();
                    await().atMost(Duration.ofSeconds(20)).until(() -> client.state() == ConnectionState.FAILED);

                    // the indicator learns the cause from a state listener, which runs on the client's executor
                    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                        Health down = health.health();
                        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
                        assertThat(down.getDetails()).containsEntry("state", "FAILED")
                                .containsEntry("reason", "The connection to the Copilot CLI was lost")
                                .containsKey("exitCode");
                    });
                    assertThat(client.state()).isEqualTo(ConnectionState.FAILED);
                    assertThat(endpoint.sessions().sessions()).extracting(SessionDescriptor::id).isEmpty();
                });
    }
}
