package io.github.copilot4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NamedProviderConfigTests {

    private static final ProviderConfig.Builder CONNECTION = ProviderConfig.builder("https://api.example.com");

    @Test
    void namesAConnection() {
        NamedProviderConfig named = NamedProviderConfig.of("east", CONNECTION.build());

        assertThat(named.name()).isEqualTo("east");
        assertThat(named.connection().baseUrl()).isEqualTo("https://api.example.com");
    }

    @Test
    void nameMustNotBeBlank() {
        assertThatThrownBy(() -> NamedProviderConfig.of(" ", CONNECTION.build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NamedProviderConfig.name must not be blank");
    }

    @Test
    void nameMustNotContainASlash() {
        assertThatThrownBy(() -> NamedProviderConfig.of("a/b", CONNECTION.build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NamedProviderConfig.name must not contain '/'");
    }

    @Test
    void connectionMustNotCarryModelSettings() {
        assertThatThrownBy(() -> NamedProviderConfig.of("p",
                ProviderConfig.builder("https://api.example.com").modelId("gpt-5").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NamedProviderConfig.connection.modelId is not supported for named providers");
        assertThatThrownBy(() -> NamedProviderConfig.of("p",
                ProviderConfig.builder("https://api.example.com").transport(ProviderTransport.HTTP).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NamedProviderConfig.connection.transport is not supported for named providers");
        assertThatThrownBy(() -> NamedProviderConfig.of("p",
                ProviderConfig.builder("https://api.example.com").maxOutputTokens(5).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NamedProviderConfig.connection.maxOutputTokens is not supported for named providers");
    }

    @Test
    void toStringMasksTheConnectionsSecrets() {
        NamedProviderConfig named = NamedProviderConfig.of("p",
                ProviderConfig.builder("https://api.example.com").apiKey("namedsecret").build());

        assertThat(named.toString()).contains("name=p", "apiKey=***").doesNotContain("namedsecret");
    }
}
