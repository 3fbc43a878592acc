package io.github.copilot4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderConfigTests {

    @ParameterizedTest
    @ValueSource(strings = {"https://api.openai.com/v1", "http://localhost:11434/v1", "HTTPS://Example.COM"})
    void acceptsAbsoluteHttpUrls(String url) {
        assertThat(ProviderConfig.builder(url).build().baseUrl()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"api.openai.com/v1", "/v1", "ftp://example.com", "https://", "http://exa mple.com",
            "file:///tmp/x"})
    void rejectsOtherBaseUrls(String url) {
        assertThatThrownBy(() -> ProviderConfig.builder(url).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ProviderConfig.baseUrl must be an absolute http or https URL");
    }

    @Test
    void rejectsBlankBaseUrl() {
        assertThatThrownBy(() -> ProviderConfig.builder(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ProviderConfig.baseUrl must not be blank");
    }

    @Test
    void urlErrorsDoNotRepeatTheUrl() {
        assertThatThrownBy(() -> ProviderConfig.builder("ftp://user:urlsecret@example.com").build())
                .hasMessageNotContaining("urlsecret");
    }

    @Test
    void rejectsNonPositiveTokenLimits() {
        ProviderConfig.Builder builder = ProviderConfig.builder("https://api.example.com");

        assertThatThrownBy(() -> builder.maxPromptTokens(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ProviderConfig.maxPromptTokens must be greater than 0");
        assertThatThrownBy(() -> builder.maxPromptTokens(null).maxOutputTokens(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ProviderConfig.maxOutputTokens must be greater than 0");
    }

    @Test
    void rejectsBlankCredentialsWithoutShowingThem() {
        assertThatThrownBy(() -> ProviderConfig.builder("https://api.example.com").apiKey("  ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ProviderConfig.apiKey must not be blank");
        assertThatThrownBy(() -> ProviderConfig.builder("https://api.example.com").bearerToken("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ProviderConfig.bearerToken must not be blank");
    }

    @Test
    void rejectsBlankHeaderNames() {
        assertThatThrownBy(() -> ProviderConfig.builder("https://api.example.com").headers(Map.of(" ", "v")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ProviderConfig.headers key must not be blank");
    }

    @Test
    void toStringMasksCredentialsAndHeaderValues() {
        ProviderConfig provider = ProviderConfig.builder("https://api.example.com")
                .type(ProviderType.AZURE)
                .apiKey("sk-apikeysecret")
                .bearerToken("bearertokensecret")
                .bearerTokenProvider((name, session) -> "providedsecret")
                .headers(Map.of("X-Api-Key", "headersecret"))
                .modelId("gpt-5")
                .build();

        assertThat(provider.toString())
                .contains("type=AZURE", "baseUrl=https://api.example.com", "apiKey=***", "bearerToken=***",
                        "bearerTokenProvider=<set>", "X-Api-Key=***", "modelId=gpt-5")
                .doesNotContain("apikeysecret", "bearertokensecret", "providedsecret", "headersecret");
    }

    @Test
    void toBuilderCopiesAllValues() {
        ProviderConfig provider = ProviderConfig.builder("https://api.example.com").type(ProviderType.OPENAI)
                .wireApi(WireApi.RESPONSES).transport(ProviderTransport.WEBSOCKETS).apiKey("k")
                .azureApiVersion("v").headers(Map.of("h", "v")).modelId("m").wireModel("w").maxPromptTokens(1)
                .maxOutputTokens(2).build();

        assertThat(provider.toBuilder().build()).isEqualTo(provider);
    }
}
