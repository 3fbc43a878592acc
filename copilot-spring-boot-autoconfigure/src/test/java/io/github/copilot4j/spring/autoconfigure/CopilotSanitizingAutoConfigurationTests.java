package io.github.copilot4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import tools.jackson.databind.json.JsonMapper;

class CopilotSanitizingAutoConfigurationTests {

    private static final List<String> SECRETS = List.of(
            "copilot.auth.github-token=ghp-secret-token",
            "copilot.session.provider.api-key=sk-default-key",
            "copilot.session.provider.bearer-token=default-bearer",
            "copilot.session.provider.headers[X-Api-Key]=default-header-value",
            "copilot.sessions.support.provider.base-url=https://llm.example.com/v1",
            "copilot.sessions.support.provider.api-key=sk-support-key",
            "copilot.sessions.support.provider.bearer-token=support-bearer",
            "copilot.sessions.support.provider.headers[Authorization]=support-header-value",
            "copilot.cli.env[GH_TOKEN]=env-secret-value",
            "copilot.session.mcp-servers.docs.url=https://docs.example.com/mcp",
            "copilot.session.mcp-servers.docs.headers[Authorization]=mcp-header-value",
            "copilot.session.mcp-servers.files.command=files-server",
            "copilot.session.mcp-servers.files.env[ROOT_TOKEN]=mcp-env-value");

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CopilotClientAutoConfiguration.class,
                    CopilotSessionAutoConfiguration.class, CopilotSanitizingAutoConfiguration.class))
            .withPropertyValues("copilot.cli.path=/nonexistent/copilot", "copilot.session.model=gpt-5",
                    "copilot.session.provider.base-url=https://llm.example.com/v1")
            .withPropertyValues(SECRETS.toArray(String[]::new));

    @Test
    void masksEverySecretInTheConfigurationPropertiesEndpointEvenWhenValuesAreShown() {
        contextRunner.run(context -> {
            String report = configurationPropertiesReport(context);

            for (String secret : secretValues()) {
                assertThat(report).as("configprops report").doesNotContain(secret);
            }
            assertThat(report).contains("githubToken", "apiKey", "bearerToken", "X-Api-Key", "Authorization",
                    "GH_TOKEN", "ROOT_TOKEN");
            assertThat(report).contains("gpt-5", "https://llm.example.com/v1", "files-server",
                    "/nonexistent/copilot", SanitizableData.SANITIZED_VALUE);
        });
    }

    @Test
    void masksEverySecretInTheEnvironmentEndpointEvenWhenValuesAreShown() {
        contextRunner
                .withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("test-environment", Map.of(
                                "COPILOT_AUTH_GITHUBTOKEN", "env-var-token",
                                "COPILOT_SESSION_PROVIDER_APIKEY", "env-var-api-key",
                                "COPILOT_CLI_ENV_OPENAI_API_KEY", "env-var-cli-env"))))
                .run(context -> {
                    EnvironmentEndpoint endpoint = new EnvironmentEndpoint(context.getEnvironment(),
                            sanitizingFunctions(context), Show.ALWAYS);

                    String report = describe(endpoint.environment(null).getPropertySources());
                    List<String> secrets = new ArrayList<>(secretValues());
                    secrets.addAll(List.of("env-var-token", "env-var-api-key", "env-var-cli-env"));
                    for (String secret : secrets) {
                        assertThat(report).as("env report").doesNotContain(secret);
                    }
                    assertThat(report).contains("copilot.auth.github-token", "COPILOT_AUTH_GITHUBTOKEN",
                            "COPILOT_CLI_ENV_OPENAI_API_KEY", "copilot.cli.env[GH_TOKEN]");
                    assertThat(report).contains("gpt-5", "files-server", SanitizableData.SANITIZED_VALUE);
                });
    }

    @Test
    void backsOffWithoutActuator() {
        contextRunner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean("copilotSecretsSanitizingFunction"));
    }

    @Test
    void backsOffForABeanOfTheSameName() {
        contextRunner.withBean("copilotSecretsSanitizingFunction", SanitizingFunction.class,
                        () -> SanitizableData::withSanitizedValue)
                .run(context -> assertThat(context).doesNotHaveBean(CopilotSecretsSanitizingFunction.class)
                        .hasBean("copilotSecretsSanitizingFunction"));
    }

    @Test
    void masksSecretsWhileTheClientIsSwitchedOff() {
        contextRunner.withPropertyValues("copilot.enabled=false")
                .run(context -> assertThat(context).hasSingleBean(CopilotSecretsSanitizingFunction.class));
    }

    private static List<String> secretValues() {
        return SECRETS.stream()
                .filter(entry -> !entry.contains("base-url") && !entry.contains(".url=")
                        && !entry.contains(".command="))
                .map(entry -> entry.substring(entry.indexOf('=') + 1))
                .toList();
    }

    private static List<SanitizingFunction> sanitizingFunctions(AssertableApplicationContext context) {
        return context.getBeanProvider(SanitizingFunction.class).orderedStream().toList();
    }

    private static String configurationPropertiesReport(AssertableApplicationContext context) {
        ConfigurationPropertiesReportEndpoint endpoint = new ConfigurationPropertiesReportEndpoint(
                sanitizingFunctions(context), Show.ALWAYS);
        endpoint.setApplicationContext(context);
        return describe(endpoint.configurationProperties().getContexts().values().stream()
                .flatMap(descriptor -> descriptor.getBeans().values().stream())
                .filter(bean -> bean.getPrefix().equals(CopilotProperties.CONFIG_PREFIX))
                .map(bean -> List.of(bean.getProperties(), bean.getInputs()))
                .toList());
    }

    private static String describe(Object value) {
        return JsonMapper.shared().writeValueAsString(value);
    }
}
