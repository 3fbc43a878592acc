package io.github.copilot4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CopilotClientOptionsTests {

    @Test
    void hasSafeDefaults() {
        CopilotClientOptions options = CopilotClientOptions.builder().build();

        assertThat(options.transport()).isEqualTo(Transport.STDIO);
        assertThat(options.cliPath()).isNull();
        assertThat(options.cliUrl()).isNull();
        assertThat(options.inheritEnvironment()).isTrue();
        assertThat(options.requestTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.startTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.restartPolicy()).as("restarting is opt-in").isNull();
    }

    @Test
    void rejectsCliUrlTogetherWithCliPath() {
        assertThatThrownBy(() -> CopilotClientOptions.builder().cliUrl("4321").cliPath(Path.of("/bin/copilot"))
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cliUrl and cliPath");
    }

    @Test
    void rejectsCredentialsForARunningServer() {
        assertThatThrownBy(() -> CopilotClientOptions.builder().cliUrl("4321").gitHubToken("ghp_x").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gitHubToken");
    }

    @Test
    void rejectsMalformedCliUrls() {
        assertThatThrownBy(() -> CopilotClientOptions.builder().cliUrl("http://host:notaport").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cliUrl must be");
        assertThatThrownBy(() -> CopilotClientOptions.builder().cliUrl("70000").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 1 and 65535");
    }

    @Test
    void parsesEveryCliUrlForm() {
        assertThat(CopilotClientOptions.parseCliUrl("4321")).hasHost("localhost").hasPort(4321);
        assertThat(CopilotClientOptions.parseCliUrl("10.0.0.5:4321")).hasHost("10.0.0.5").hasPort(4321);
        assertThat(CopilotClientOptions.parseCliUrl("http://cli.local:4321/")).hasHost("cli.local").hasPort(4321);
        assertThat(CopilotClientOptions.parseCliUrl("https://cli.local:443")).hasPort(443);
    }

    @Test
    void rejectsNonPositiveTimeoutsAndBadPorts() {
        assertThatThrownBy(() -> CopilotClientOptions.builder().requestTimeout(Duration.ZERO).build())
                .hasMessageContaining("requestTimeout must be positive");
        assertThatThrownBy(() -> CopilotClientOptions.builder().startTimeout(Duration.ofSeconds(-1)).build())
                .hasMessageContaining("startTimeout must be positive");
        assertThatThrownBy(() -> CopilotClientOptions.builder().port(-1).build())
                .hasMessageContaining("port must be between 0 and 65535");
        assertThatThrownBy(() -> CopilotClientOptions.builder().environmentVariable("A=B", "x"))
                .hasMessageContaining("environment variable name");
    }

    @Test
    void neverPrintsTokens() {
        CopilotClientOptions options = CopilotClientOptions.builder()
                .gitHubToken("ghp_supersecret123")
                .environmentVariable("OPENAI_API_KEY", "sk-verysecret")
                .build();
        CopilotClientOptions tcp = CopilotClientOptions.builder().cliUrl("4321")
                .connectionToken("connection-secret").build();

        assertThat(options.toString()).doesNotContain("ghp_supersecret123").doesNotContain("sk-verysecret")
                .contains("OPENAI_API_KEY");
        assertThat(tcp.toString()).doesNotContain("connection-secret");
    }

    @Test
    void copiesIntoABuilder() {
        CopilotClientOptions options = CopilotClientOptions.builder().transport(Transport.TCP).port(4000)
                .logLevel(LogLevel.DEBUG).restartPolicy(RestartPolicy.defaults()).build();

        CopilotClientOptions copy = options.toBuilder().build();

        assertThat(copy.transport()).isEqualTo(Transport.TCP);
        assertThat(copy.port()).isEqualTo(4000);
        assertThat(copy.logLevel()).isEqualTo(LogLevel.DEBUG);
        assertThat(copy.restartPolicy()).isEqualTo(RestartPolicy.defaults());
    }
}
