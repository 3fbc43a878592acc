package io.github.copilot4j.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotClientOptions;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopilotSessionsEndpointTests {

    @Test
    void listsNoSessionsOfAClientWithoutAny() {
        try (CopilotClient client = new CopilotClient(CopilotClientOptions.builder()
                .cliPath(Path.of("/nonexistent/copilot")).build())) {
            assertThat(new CopilotSessionsEndpoint(Map.of("copilotClient", client)).sessions().sessions()).isEmpty();
        }
    }
}
