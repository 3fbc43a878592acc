package io.github.copilot4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class McpServerConfigTests {

    @Test
    void localServerNeedsACommand() {
        assertThatThrownBy(() -> McpServerConfig.local(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("McpServerConfig.command must not be blank");
    }

    @Test
    void remoteServerNeedsAnHttpUrl() {
        assertThatThrownBy(() -> McpServerConfig.http("mcp.example.com").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("McpServerConfig.url must be an absolute http or https URL");
        assertThatThrownBy(() -> McpServerConfig.sse("ws://mcp.example.com").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("McpServerConfig.url must be an absolute http or https URL");
    }

    @Test
    void timeoutMustBeAtLeastOneMillisecond() {
        assertThatThrownBy(() -> McpServerConfig.local("x").timeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("McpServerConfig.timeout must be at least 1 millisecond");
        assertThatThrownBy(() -> McpServerConfig.http("https://e.com").timeout(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("McpServerConfig.timeout must be at least 1 millisecond");
    }

    @Test
    void toolEntriesMustNotBeBlank() {
        assertThatThrownBy(() -> McpServerConfig.local("x").tools(List.of("a", "")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("McpServerConfig.tools entry must not be blank");
        assertThat(McpServerConfig.local("x").tools(List.of("*")).build().tools()).containsExactly("*");
    }

    @Test
    void environmentAndHeaderNamesMustNotBeBlank() {
        assertThatThrownBy(() -> McpServerConfig.local("x").env(Map.of("", "v")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("McpServerConfig.env key must not be blank");
        assertThatThrownBy(() -> McpServerConfig.http("https://e.com").headers(Map.of(" ", "v")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("McpServerConfig.headers key must not be blank");
    }

    @Test
    void toStringMasksEnvironmentValues() {
        McpServerConfig server = McpServerConfig.local("npx").args(List.of("-y", "server"))
                .env(Map.of("API_TOKEN", "envvaluesecret")).build();

        assertThat(server.toString()).contains("command=npx", "API_TOKEN=***").doesNotContain("envvaluesecret");
    }

    @Test
    void toStringMasksHeaderValues() {
        McpServerConfig server = McpServerConfig.http("https://mcp.example.com")
                .headers(Map.of("Authorization", "Bearer headervaluesecret")).build();

        assertThat(server.toString()).contains("url=https://mcp.example.com", "Authorization=***")
                .doesNotContain("headervaluesecret");
    }
}
