package io.github.copilot4j.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotClientOptions;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;

class CopilotInfoContributorTests {

    @Test
    void contributesTheProtocolVersionWithoutStartingTheClient() {
        try (CopilotClient client = new CopilotClient(CopilotClientOptions.builder()
                .cliPath(Path.of("/nonexistent/copilot")).build())) {
            Info.Builder builder = new Info.Builder();

            new CopilotInfoContributor(client).contribute(builder);

            assertThat(builder.build().get("copilot")).isEqualTo(Map.of("protocolVersion",
                    CopilotClient.PROTOCOL_VERSION, "state", "DISCONNECTED"));
        }
    }
}
