package io.github.copilot4j.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

import io.github.copilot4j.ConnectionState;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotClientOptions;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class CopilotHealthIndicatorTests {

    @Test
    void aClientThatIsNotStartedIsUnknownAndStaysStopped() {
        try (CopilotClient client = clientWithoutCli()) {
            Health health = new CopilotHealthIndicator(client).health();

            assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
            assertThat(health.getDetails()).containsEntry("state", "DISCONNECTED");
            assertThat(client.state()).isEqualTo(ConnectionState.DISCONNECTED);
        }
    }

    @Test
    void aClientThatFailedToStartIsDownWithTheReason() {
        try (CopilotClient client = clientWithoutCli()) {
            CopilotHealthIndicator indicator = new CopilotHealthIndicator(client);
            client.startAsync().exceptionally(failure -> null).join();

            // state listeners run on the client's executor, so the indicator learns the cause shortly after
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                Health health = indicator.health();
                assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                assertThat(health.getDetails()).containsEntry("state", "FAILED");
                assertThat((String) health.getDetails().get("reason")).contains("/nonexistent/copilot");
            });
        }
    }

    @Test
    void aClientThatFailedBeforeTheIndicatorExistedIsDownWithAGeneralReason() {
        try (CopilotClient client = clientWithoutCli()) {
            client.startAsync().exceptionally(failure -> null).join();
            await().atMost(Duration.ofSeconds(10)).until(() -> client.state() == ConnectionState.FAILED);

            Health health = new CopilotHealthIndicator(client).health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("reason", "The connection to the Copilot CLI failed");
        }
    }

    @Test
    void rejectsANonPositiveTimeout() {
        try (CopilotClient client = clientWithoutCli()) {
            assertThatIllegalArgumentException().isThrownBy(() -> new CopilotHealthIndicator(client, Duration.ZERO))
                    .withMessageContaining("timeout");
        }
    }

    private static CopilotClient clientWithoutCli() {
        return new CopilotClient(CopilotClientOptions.builder().cliPath(Path.of("/nonexistent/copilot"))
                .inheritEnvironment(false).build());
    }
}
