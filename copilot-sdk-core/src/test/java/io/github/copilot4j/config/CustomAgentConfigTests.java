package io.github.copilot4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomAgentConfigTests {

    @Test
    void nameMustNotBeBlank() {
        assertThatThrownBy(() -> CustomAgentConfig.builder(" ", "prompt").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CustomAgentConfig.name must not be blank");
    }

    @Test
    void promptIsRequired() {
        assertThatThrownBy(() -> CustomAgentConfig.builder("a", null).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CustomAgentConfig.prompt is required");
    }

    @Test
    void toolsAndSkillsMustNotHaveBlankEntries() {
        assertThatThrownBy(() -> CustomAgentConfig.builder("a", "p").tools(List.of("")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CustomAgentConfig.tools entry must not be blank");
        assertThatThrownBy(() -> CustomAgentConfig.builder("a", "p").skills(List.of(" ")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CustomAgentConfig.skills entry must not be blank");
    }

    @Test
    void toStringMasksSecretsOfTheAgentsMcpServers() {
        CustomAgentConfig agent = CustomAgentConfig.builder("a", "p")
                .mcpServers(Map.of("s", McpServerConfig.local("x").env(Map.of("K", "agentenvsecret")).build()))
                .build();

        assertThat(agent.toString()).contains("K=***").doesNotContain("agentenvsecret");
    }
}
