package io.github.copilot4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.CustomAgentConfig;
import io.github.copilot4j.config.InfiniteSessionConfig;
import io.github.copilot4j.config.McpServerConfig;
import io.github.copilot4j.config.ProviderConfig;
import io.github.copilot4j.config.ProviderType;
import io.github.copilot4j.config.ReasoningEffort;
import io.github.copilot4j.config.SystemMessage;
import io.github.copilot4j.config.WireApi;
import io.github.copilot4j.spring.session.CopilotSessionFactory;
import io.github.copilot4j.spring.session.SessionProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SessionProfilesTests {

    @Test
    void withoutPropertiesTheDefaultProfileSetsNothing() {
        List<SessionProfile> profiles = SessionProfiles.from(new CopilotProperties());

        assertThat(profiles).singleElement().satisfies(profile -> {
            assertThat(profile.name()).isEqualTo(CopilotSessionFactory.DEFAULT_PROFILE);
            assertThat(profile.config()).hasToString(SessionConfig.defaults().toString());
            assertThat(profile.tools()).isEmpty();
            assertThat(profile.sendTimeout()).isEqualTo(CopilotSession.DEFAULT_SEND_TIMEOUT);
        });
    }

    @Test
    void convertsEverySessionSetting() {
        SessionProfile profile = defaultProfile(Map.ofEntries(
                Map.entry("copilot.session.model", "gpt-5"),
                Map.entry("copilot.session.reasoning-effort", "high"),
                Map.entry("copilot.session.streaming", "true"),
                Map.entry("copilot.session.client-name", "orders-service"),
                Map.entry("copilot.session.working-directory", "/srv/work"),
                Map.entry("copilot.session.system-message.content", "Answer in English."),
                Map.entry("copilot.session.available-tools", "view,custom:*"),
                Map.entry("copilot.session.excluded-tools", "bash"),
                Map.entry("copilot.session.provider.type", "azure"),
                Map.entry("copilot.session.provider.base-url", "https://example.openai.azure.com"),
                Map.entry("copilot.session.provider.api-key", "sk-secret"),
                Map.entry("copilot.session.provider.wire-api", "responses"),
                Map.entry("copilot.session.provider.azure.api-version", "2024-10-21"),
                Map.entry("copilot.session.provider.headers[X-Tenant]", "acme"),
                Map.entry("copilot.session.custom-agents[0].name", "reviewer"),
                Map.entry("copilot.session.custom-agents[0].prompt", "Review the diff."),
                Map.entry("copilot.session.custom-agents[0].display-name", "Code reviewer"),
                Map.entry("copilot.session.custom-agents[0].description", "Reviews changes"),
                Map.entry("copilot.session.custom-agents[0].tools", "view"),
                Map.entry("copilot.session.custom-agents[0].infer", "false"),
                Map.entry("copilot.session.custom-agents[0].model", "claude-sonnet-4.5"),
                Map.entry("copilot.session.agent", "reviewer"),
                Map.entry("copilot.session.skill-directories", "/skills"),
                Map.entry("copilot.session.disabled-skills", "pdf"),
                Map.entry("copilot.session.infinite-sessions.enabled", "true"),
                Map.entry("copilot.session.infinite-sessions.background-compaction-threshold", "0.7"),
                Map.entry("copilot.session.infinite-sessions.buffer-exhaustion-threshold", "0.9"),
                Map.entry("copilot.session.send-timeout", "2m"),
                Map.entry("copilot.session.tool-timeout", "30s"),
                Map.entry("copilot.session.handler-timeout", "5s"),
                Map.entry("copilot.session.tools", "orders")));

        SessionConfig config = profile.config();
        assertThat(config.model()).isEqualTo("gpt-5");
        assertThat(config.reasoningEffort()).isEqualTo(ReasoningEffort.HIGH);
        assertThat(config.streaming()).isTrue();
        assertThat(config.clientName()).isEqualTo("orders-service");
        assertThat(config.workingDirectory()).isEqualTo("/srv/work");
        assertThat(config.systemMessage()).isEqualTo(SystemMessage.append("Answer in English."));
        assertThat(config.availableTools()).containsExactly("view", "custom:*");
        assertThat(config.excludedTools()).containsExactly("bash");
        assertThat(config.provider()).isEqualTo(ProviderConfig.builder("https://example.openai.azure.com")
                .type(ProviderType.AZURE).apiKey("sk-secret").wireApi(WireApi.RESPONSES)
                .azureApiVersion("2024-10-21").headers(Map.of("X-Tenant", "acme")).build());
        assertThat(config.customAgents()).containsExactly(CustomAgentConfig.builder("reviewer", "Review the diff.")
                .displayName("Code reviewer").description("Reviews changes").tools(List.of("view")).infer(false)
                .model("claude-sonnet-4.5").build());
        assertThat(config.agent()).isEqualTo("reviewer");
        assertThat(config.skillDirectories()).containsExactly("/skills");
        assertThat(config.disabledSkills()).containsExactly("pdf");
        assertThat(config.infiniteSessions()).isEqualTo(new InfiniteSessionConfig(true, 0.7, 0.9));
        assertThat(profile.sendTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.toolTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.handlerTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(profile.tools()).containsExactly("orders");
    }

    @Test
    void convertsLocalAndRemoteMcpServers() {
        SessionConfig config = defaultProfile(Map.of(
                "copilot.session.mcp-servers.files.command", "npx",
                "copilot.session.mcp-servers.files.args", "-y,server-filesystem",
                "copilot.session.mcp-servers.files.env[ROOT_DIR]", "/data",
                "copilot.session.mcp-servers.files.cwd", "/srv",
                "copilot.session.mcp-servers.files.tools", "read_file",
                "copilot.session.mcp-servers.files.timeout", "20s",
                "copilot.session.mcp-servers.docs.url", "https://mcp.example.com/mcp",
                "copilot.session.mcp-servers.docs.headers[Authorization]", "Bearer abc",
                "copilot.session.mcp-servers.events.type", "sse",
                "copilot.session.mcp-servers.events.url", "https://mcp.example.com/sse")).config();

        assertThat(config.mcpServers()).containsOnlyKeys("files", "docs", "events");
        assertThat(config.mcpServers().get("files")).isEqualTo(McpServerConfig.local("npx")
                .args(List.of("-y", "server-filesystem")).env(Map.of("ROOT_DIR", "/data")).workingDirectory("/srv")
                .tools(List.of("read_file")).timeout(Duration.ofSeconds(20)).build());
        assertThat(config.mcpServers().get("docs")).isEqualTo(McpServerConfig.http("https://mcp.example.com/mcp")
                .headers(Map.of("Authorization", "Bearer abc")).build());
        assertThat(config.mcpServers().get("events")).isEqualTo(McpServerConfig.sse("https://mcp.example.com/sse")
                .build());
    }

    @Test
    void treatsTheStdioTypeAsLocal() {
        SessionConfig config = defaultProfile(Map.of(
                "copilot.session.mcp-servers.files.type", "stdio",
                "copilot.session.mcp-servers.files.command", "files-server")).config();

        assertThat(config.mcpServers().get("files")).isEqualTo(McpServerConfig.local("files-server").build());
    }

    @Test
    void buildsEachSystemMessageMode() {
        assertThat(defaultProfile(Map.of(
                "copilot.session.system-message.mode", "replace",
                "copilot.session.system-message.content", "You are a billing assistant.")).config().systemMessage())
                .isEqualTo(SystemMessage.replace("You are a billing assistant."));
        assertThat(defaultProfile(Map.of(
                "copilot.session.system-message.content", "Extra",
                "copilot.session.system-message.sections.tone.action", "replace",
                "copilot.session.system-message.sections.tone.content", "Be brief.",
                "copilot.session.system-message.sections.guidelines.action", "append",
                "copilot.session.system-message.sections.guidelines.content", "Cite sources.",
                "copilot.session.system-message.sections.identity.action", "prepend",
                "copilot.session.system-message.sections.identity.content", "Hello.",
                "copilot.session.system-message.sections.safety.action", "preserve",
                "copilot.session.system-message.sections.code_change_rules.action", "remove"))
                .config().systemMessage())
                .isEqualTo(SystemMessage.customize().content("Extra")
                        .section("tone", SystemMessage.SectionOverride.replace("Be brief."))
                        .section("guidelines", SystemMessage.SectionOverride.append("Cite sources."))
                        .section("identity", SystemMessage.SectionOverride.prepend("Hello."))
                        .section("safety", SystemMessage.SectionOverride.preserve())
                        .section("code_change_rules", SystemMessage.SectionOverride.remove())
                        .build());
    }

    @Test
    void aProfileOverridesTheDefaultsValueByValueAndMergesMaps() {
        List<SessionProfile> profiles = SessionProfiles.from(bind(Map.ofEntries(
                Map.entry("copilot.session.model", "gpt-5"),
                Map.entry("copilot.session.streaming", "true"),
                Map.entry("copilot.session.excluded-tools", "bash,write"),
                Map.entry("copilot.session.provider.base-url", "https://llm.example.com/v1"),
                Map.entry("copilot.session.provider.api-key", "default-key"),
                Map.entry("copilot.session.provider.headers[X-Team]", "core"),
                Map.entry("copilot.session.mcp-servers.docs.url", "https://docs.example.com/mcp"),
                Map.entry("copilot.session.mcp-servers.files.command", "files-server"),
                Map.entry("copilot.session.system-message.sections.tone.action", "remove"),
                Map.entry("copilot.session.infinite-sessions.enabled", "true"),
                Map.entry("copilot.session.send-timeout", "30s"),
                Map.entry("copilot.session.tools", "orders"),
                Map.entry("copilot.sessions.support.model", "claude-sonnet-4.5"),
                Map.entry("copilot.sessions.support.excluded-tools", "web_fetch"),
                Map.entry("copilot.sessions.support.provider.api-key", "support-key"),
                Map.entry("copilot.sessions.support.provider.headers[X-Desk]", "support"),
                Map.entry("copilot.sessions.support.mcp-servers.files.url", "https://files.example.com/mcp"),
                Map.entry("copilot.sessions.support.system-message.sections.safety.action", "preserve"),
                Map.entry("copilot.sessions.support.infinite-sessions.background-compaction-threshold", "0.6"),
                Map.entry("copilot.sessions.support.tools", "tickets,faq"),
                Map.entry("copilot.sessions.quick.send-timeout", "10s"))));

        Map<String, SessionProfile> byName = profiles.stream()
                .collect(Collectors.toMap(SessionProfile::name, Function.identity()));
        assertThat(profiles.get(0).name()).isEqualTo("default");
        assertThat(byName).containsOnlyKeys("default", "support", "quick");
        SessionConfig support = byName.get("support").config();
        assertThat(support.model()).isEqualTo("claude-sonnet-4.5");
        assertThat(support.streaming()).isTrue();
        assertThat(support.excludedTools()).containsExactly("web_fetch");
        assertThat(support.provider()).isEqualTo(ProviderConfig.builder("https://llm.example.com/v1")
                .apiKey("support-key").headers(Map.of("X-Team", "core", "X-Desk", "support")).build());
        assertThat(support.mcpServers()).containsOnlyKeys("docs", "files");
        assertThat(support.mcpServers().get("files"))
                .isEqualTo(McpServerConfig.http("https://files.example.com/mcp").build());
        assertThat(support.systemMessage()).isEqualTo(SystemMessage.customize()
                .section("tone", SystemMessage.SectionOverride.remove())
                .section("safety", SystemMessage.SectionOverride.preserve()).build());
        assertThat(support.infiniteSessions()).isEqualTo(new InfiniteSessionConfig(true, 0.6, null));
        assertThat(byName.get("support").tools()).containsExactly("tickets", "faq");
        assertThat(byName.get("support").sendTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(byName.get("quick").config().model()).isEqualTo("gpt-5");
        assertThat(byName.get("quick").tools()).containsExactly("orders");
        assertThat(byName.get("quick").sendTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(byName.get("default").config().model()).isEqualTo("gpt-5");
        assertThat(byName.get("default").config().provider().apiKey()).isEqualTo("default-key");
    }

    @Test
    void rejectsAProfileNamedLikeTheDefaults() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SessionProfiles.from(bind(Map.of("copilot.sessions.default.model", "gpt-5"))))
                .withMessageContaining("copilot.sessions.default is reserved")
                .withMessageContaining("copilot.session");
    }

    @Test
    void namesThePropertyOfAnInvalidSetting() {
        assertInvalid(Map.of("copilot.sessions.support.provider.api-key", "key"),
                "copilot.sessions.support.provider.base-url is required");
        assertInvalid(Map.of("copilot.session.provider.base-url", "not a url"),
                "Invalid session settings under copilot.session:");
        assertInvalid(Map.of("copilot.session.system-message.mode", "replace"),
                "copilot.session.system-message.content is required for mode replace");
        assertInvalid(Map.of("copilot.session.system-message.mode", "append",
                        "copilot.session.system-message.sections.tone.action", "remove"),
                "copilot.session.system-message.sections require copilot.session.system-message.mode=customize");
        assertInvalid(Map.of("copilot.session.system-message.sections.tone.action", "replace"),
                "copilot.session.system-message.sections.tone.content is required for action replace");
        assertInvalid(Map.of("copilot.session.system-message.sections.tone.content", "text"),
                "copilot.session.system-message.sections.tone.action is required");
        assertInvalid(Map.of("copilot.session.mcp-servers.files.type", "local"),
                "copilot.session.mcp-servers.files.command is required for a local server");
        assertInvalid(Map.of("copilot.session.mcp-servers.docs.type", "http"),
                "copilot.session.mcp-servers.docs.url is required for an http or sse server");
        assertInvalid(Map.of("copilot.session.mcp-servers.docs.command", "server",
                        "copilot.session.mcp-servers.docs.url", "https://docs.example.com"),
                "copilot.session.mcp-servers.docs.url and .headers apply to http and sse servers");
        assertInvalid(Map.of("copilot.session.mcp-servers.docs.type", "sse",
                        "copilot.session.mcp-servers.docs.url", "https://docs.example.com",
                        "copilot.session.mcp-servers.docs.cwd", "/srv"),
                "copilot.session.mcp-servers.docs.command, .args, .env and .cwd apply to a local server");
        assertInvalid(Map.of("copilot.session.custom-agents[0].name", "reviewer"),
                "copilot.session.custom-agents[0].prompt is required");
        assertInvalid(Map.of("copilot.session.infinite-sessions.buffer-exhaustion-threshold", "1.5"),
                "bufferExhaustionThreshold");
        assertInvalid(Map.of("copilot.sessions.slow.send-timeout", "0s"), "sendTimeout of profile 'slow'");
        assertInvalid(Map.of("copilot.session.tool-timeout", "-1s"),
                "Invalid session settings under copilot.session: toolTimeout must be longer than zero");
        assertInvalid(Map.of("copilot.sessions.quick.handler-timeout", "0s"),
                "Invalid session settings under copilot.sessions.quick: handlerTimeout must be longer than zero");
    }

    private static void assertInvalid(Map<String, String> values, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> SessionProfiles.from(bind(values)))
                .withMessageContaining(message);
    }

    private static SessionProfile defaultProfile(Map<String, String> values) {
        return SessionProfiles.from(bind(values)).get(0);
    }

    private static CopilotProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bind(CopilotProperties.CONFIG_PREFIX, Bindable.ofInstance(new CopilotProperties()))
                .orElseGet(CopilotProperties::new);
    }
}
