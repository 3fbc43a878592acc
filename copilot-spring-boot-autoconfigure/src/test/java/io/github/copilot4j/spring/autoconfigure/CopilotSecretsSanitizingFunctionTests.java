package io.github.copilot4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.actuate.endpoint.SanitizableData;

class CopilotSecretsSanitizingFunctionTests {

    private final CopilotSecretsSanitizingFunction function = new CopilotSecretsSanitizingFunction();

    @ParameterizedTest
    @ValueSource(strings = {
            "copilot.auth.github-token", "copilot.auth.githubToken", "COPILOT_AUTH_GITHUBTOKEN",
            "COPILOT_AUTH_GITHUB_TOKEN",
            "copilot.session.provider.api-key", "copilot.session.provider.apiKey", "COPILOT_SESSION_PROVIDER_APIKEY",
            "copilot.session.provider.bearer-token", "copilot.sessions.support.provider.bearerToken",
            "copilot.sessions.support.provider.api-key",
            "copilot.session.provider.headers.Authorization", "copilot.session.provider.headers[X-Api-Key]",
            "copilot.sessions.support.provider.headers.X-Tenant",
            "copilot.cli.env.GH_TOKEN", "copilot.cli.env[OPENAI_API_KEY]", "COPILOT_CLI_ENV_ANYTHING",
            "copilot.session.mcp-servers.github.headers.Authorization",
            "copilot.session.mcpServers.github.headers.Authorization",
            "copilot.session.mcp-servers.files.env.ROOT_TOKEN",
            "copilot.sessions.support.mcp-servers.files.env[API_KEY]"})
    void masksSecrets(String key) {
        SanitizableData data = new SanitizableData(null, key, "value");

        assertThat(function.applyUnlessFiltered(data).getValue()).as(key).isEqualTo(SanitizableData.SANITIZED_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "copilot.session.model", "copilot.session.provider.base-url", "copilot.session.provider.type",
            "copilot.cli.path", "copilot.cli.inherit-environment", "copilot.session.mcp-servers.files.command",
            "copilot.session.mcp-servers.files.url", "copilot.auth.use-logged-in-user", "spring.application.name",
            "other.api-key"})
    void showsEverythingElse(String key) {
        SanitizableData data = new SanitizableData(null, key, "value");

        assertThat(function.applyUnlessFiltered(data).getValue()).as(key).isEqualTo("value");
    }
}
