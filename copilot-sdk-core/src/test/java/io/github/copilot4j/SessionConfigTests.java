package io.github.copilot4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.command.CommandDefinition;
import io.github.copilot4j.config.CustomAgentConfig;
import io.github.copilot4j.config.McpServerConfig;
import io.github.copilot4j.config.NamedProviderConfig;
import io.github.copilot4j.config.ProviderConfig;
import io.github.copilot4j.config.ProviderModelConfig;
import io.github.copilot4j.internal.wire.SessionConfigWire;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.trace.TraceContext;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionConfigTests {

    private static final ProviderConfig OPENAI = ProviderConfig.builder("https://api.openai.com/v1").build();

    @Test
    void defaultsLeaveEverythingToTheCli() {
        SessionConfig config = SessionConfig.defaults();

        assertThat(config.model()).isNull();
        assertThat(config.tools()).isNull();
        assertThat(config.onPermissionRequest()).isNull();
        assertThat(config.enableMcpApps()).isFalse();
        assertThat(config.includeSubAgentStreamingEvents()).isTrue();
    }

    @Test
    void toBuilderCopiesEverySettingAndLeavesTheOriginalUnchanged() {
        SessionConfig original = SessionConfig.builder()
                .model("gpt-5")
                .streaming(true)
                .includeSubAgentStreamingEvents(false)
                .availableTools(List.of("builtin:*"))
                .onPermissionRequest(PermissionHandler.approveAll())
                .build();

        SessionConfig changed = original.toBuilder().model("claude-sonnet-4.5").build();

        assertThat(original.model()).isEqualTo("gpt-5");
        assertThat(changed.model()).isEqualTo("claude-sonnet-4.5");
        assertThat(changed.streaming()).isTrue();
        assertThat(changed.includeSubAgentStreamingEvents()).isFalse();
        assertThat(changed.availableTools()).containsExactly("builtin:*");
        assertThat(changed.onPermissionRequest()).isSameAs(original.onPermissionRequest());
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<String> directories = new java.util.ArrayList<>(List.of("/a"));
        SessionConfig config = SessionConfig.builder().skillDirectories(directories).build();
        directories.add("/b");

        assertThat(config.skillDirectories()).containsExactly("/a");
        assertThatThrownBy(() -> config.skillDirectories().add("/c"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sessionId", "clientName", "model", "workingDirectory", "agent", "configDirectory",
            "gitHubToken", "extensionSdkPath"})
    void identifiersMustNotBeBlank(String field) {
        SessionConfig.Builder builder = SessionConfig.builder();

        assertThatThrownBy(() -> SessionConfig.Builder.class.getMethod(field, String.class).invoke(builder, " "))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause()
                .hasMessage(field + " must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"availableTools", "excludedTools"})
    void toolFiltersRejectTheBareWildcard(String field) throws Exception {
        SessionConfig.Builder builder = SessionConfig.builder();

        assertThatThrownBy(() -> SessionConfig.Builder.class.getMethod(field, List.class)
                .invoke(builder, List.of("view", "*")))
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(field + " must not contain the bare pattern '*'")
                .hasMessageContaining("builtin:*");
    }

    @Test
    void toolFiltersRejectBlankEntries() {
        assertThatThrownBy(() -> SessionConfig.builder().excludedTools(List.of("")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("excludedTools entry must not be blank");
    }

    @Test
    void listsRejectNullElements() {
        assertThatThrownBy(() -> SessionConfig.builder().tools(Arrays.asList(
                ToolDefinition.declaration("a", null, null), null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tools element is required");
    }

    @Test
    void mcpServerNamesMustNotBeBlank() {
        assertThatThrownBy(() -> SessionConfig.builder().mcpServers(Map.of(" ", McpServerConfig.local("x").build())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mcpServers key must not be blank");
    }

    @Test
    void providerAndProvidersCannotBeCombined() {
        SessionConfig.Builder builder = SessionConfig.builder()
                .provider(OPENAI)
                .providers(List.of(NamedProviderConfig.of("other", OPENAI)));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("provider and providers cannot be combined");
    }

    @Test
    void providerNamesMustBeUnique() {
        SessionConfig.Builder builder = SessionConfig.builder()
                .providers(List.of(NamedProviderConfig.of("p", OPENAI), NamedProviderConfig.of("p", OPENAI)));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("providers contains the name 'p' more than once");
    }

    @Test
    void modelsMustReferToAConfiguredProvider() {
        SessionConfig.Builder builder = SessionConfig.builder()
                .providers(List.of(NamedProviderConfig.of("p", OPENAI)))
                .models(List.of(ProviderModelConfig.builder("gpt-5", "missing").build()));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("models entry 'gpt-5' refers to provider 'missing', which is not in providers");
    }

    @Test
    void modelsMustBeUniquePerProvider() {
        SessionConfig.Builder builder = SessionConfig.builder()
                .providers(List.of(NamedProviderConfig.of("p", OPENAI)))
                .models(List.of(ProviderModelConfig.builder("m", "p").build(),
                        ProviderModelConfig.builder("m", "p").build()));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("models contains the name 'p/m' more than once");
    }

    @Test
    void callbackTimeoutsMustBePositiveStayInTheSdkAndAreCopied() {
        assertThatThrownBy(() -> SessionConfig.builder().toolTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("toolTimeout must be longer than zero");
        assertThatThrownBy(() -> SessionConfig.builder().handlerTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("handlerTimeout must be longer than zero");

        SessionConfig config = SessionConfig.builder().toolTimeout(Duration.ofSeconds(30))
                .handlerTimeout(Duration.ofSeconds(5)).build();

        assertThat(config.toBuilder().build().toolTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.toBuilder().build().handlerTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(SessionConfigWire.createParams(config, "s", TraceContext.NONE).toString())
                .doesNotContain("Timeout");
    }

    @Test
    void toolNamesMustBeUnique() {
        SessionConfig.Builder builder = SessionConfig.builder().tools(List.of(
                ToolDefinition.declaration("t", null, null), ToolDefinition.declaration("t", null, null)));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tools contains the name 't' more than once");
    }

    @Test
    void commandNamesMustBeUnique() {
        SessionConfig.Builder builder = SessionConfig.builder().commands(List.of(
                new CommandDefinition("c", null, context -> {
                }), new CommandDefinition("c", "again", context -> {
                })));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("commands contains the name 'c' more than once");
    }

    @Test
    void customAgentNamesMustBeUnique() {
        SessionConfig.Builder builder = SessionConfig.builder().customAgents(List.of(
                CustomAgentConfig.builder("a", "p").build(), CustomAgentConfig.builder("a", "q").build()));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customAgents contains the name 'a' more than once");
    }

    @Test
    void managedSettingsFetchNeedsAGitHubToken() {
        assertThatThrownBy(() -> SessionConfig.builder().enableManagedSettings(true).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("enableManagedSettings requires gitHubToken");
        assertThat(SessionConfig.builder().enableManagedSettings(true).gitHubToken("gho_x").build()
                .enableManagedSettings()).isTrue();
    }

    @Test
    void toStringShowsSettingsButNoSecrets() {
        SessionConfig config = SessionConfig.builder()
                .model("gpt-5")
                .gitHubToken("gho_sessionsecret")
                .provider(ProviderConfig.builder("https://api.example.com").apiKey("sk-apisecret")
                        .bearerToken("bearersecret").headers(Map.of("X-Api-Key", "headersecret")).build())
                .mcpServers(Map.of(
                        "local", McpServerConfig.local("server").env(Map.of("TOKEN", "envsecret")).build(),
                        "remote", McpServerConfig.http("https://mcp.example.com")
                                .headers(Map.of("Authorization", "Bearer remotesecret")).build()))
                .onPermissionRequest(PermissionHandler.approveAll())
                .build();

        String text = config.toString();

        assertThat(text).contains("model=gpt-5", "gitHubToken=***", "apiKey=***", "bearerToken=***",
                "X-Api-Key=***", "TOKEN=***", "Authorization=***", "onPermissionRequest=<set>");
        assertThat(text).doesNotContain("sessionsecret", "apisecret", "bearersecret", "headersecret", "envsecret",
                "remotesecret");
    }

    @Test
    void changingTheBuilderAfterBuildDoesNotChangeTheConfig() {
        SessionConfig.Builder builder = SessionConfig.builder().model("a");
        SessionConfig config = builder.build();
        builder.model("b");

        assertThat(config.model()).isEqualTo("a");
        assertThat(SessionConfigWire.createParams(config, "s", TraceContext.NONE).get("model").asString())
                .isEqualTo("a");
    }
}
