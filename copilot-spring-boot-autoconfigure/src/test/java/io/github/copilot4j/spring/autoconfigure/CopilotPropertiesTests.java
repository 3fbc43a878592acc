package io.github.copilot4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.LogLevel;
import io.github.copilot4j.config.ProviderType;
import io.github.copilot4j.config.ReasoningEffort;
import io.github.copilot4j.config.WireApi;
import io.github.copilot4j.spring.autoconfigure.CopilotProperties.Session;
import io.github.copilot4j.spring.autoconfigure.CopilotProperties.Session.McpServer;
import io.github.copilot4j.spring.autoconfigure.CopilotProperties.Session.SystemMessage;
import io.github.copilot4j.spring.client.StartupMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CopilotPropertiesTests {

    @Test
    void hasSafeDefaults() {
        CopilotProperties properties = bind(Map.of());

        assertThat(properties.isEnabled()).isTrue();
        assertThat(properties.getCli().getPath()).isNull();
        assertThat(properties.getCli().getUrl()).isNull();
        assertThat(properties.getCli().isUseStdio()).isTrue();
        assertThat(properties.getCli().getPort()).isZero();
        assertThat(properties.getCli().isInheritEnvironment()).isTrue();
        assertThat(properties.getCli().isInstall()).isFalse();
        assertThat(properties.getCli().getStartup()).isEqualTo(StartupMode.LAZY);
        assertThat(properties.getCli().getRequestTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.getCli().getStartTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.getAuth().getGithubToken()).isNull();
        assertThat(properties.getAuth().getUseLoggedInUser()).isNull();
        assertThat(properties.getSession().getModel()).isNull();
        assertThat(properties.getSession().getTools()).isNull();
        assertThat(properties.getSessions()).isEmpty();
        assertThat(properties.getPermissions().getApprove()).isEmpty();
        assertThat(properties.getPermissions().getDeny()).containsExactly("shell", "write", "url");
        assertThat(properties.getEvents().isEnabled()).isTrue();
        assertThat(properties.getEvents().getTypes()).isEmpty();
        assertThat(properties.getObservations().isIncludeContent()).isFalse();
        assertThat(properties.getTools().isScan()).isTrue();
    }

    @Test
    void bindsTheTopLevelAndCliKeys() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("copilot.enabled", "false");
        values.put("copilot.cli.path", "/opt/copilot/bin/copilot");
        values.put("copilot.cli.url", "localhost:4321");
        values.put("copilot.cli.use-stdio", "false");
        values.put("copilot.cli.port", "4321");
        values.put("copilot.cli.log-level", "debug");
        values.put("copilot.cli.home", "/var/copilot");
        values.put("copilot.cli.working-directory", "/srv/app");
        values.put("copilot.cli.env[COPILOT_API_URL]", "http://127.0.0.1:8080");
        values.put("copilot.cli.env[Mixed_Case]", "kept");
        values.put("copilot.cli.inherit-environment", "false");
        values.put("copilot.cli.args", "--experimental,--banner");
        values.put("copilot.cli.install", "true");
        values.put("copilot.cli.startup", "eager");
        values.put("copilot.cli.request-timeout", "2m");
        values.put("copilot.cli.start-timeout", "45s");
        values.put("copilot.auth.github-token", "ghp_secret");
        values.put("copilot.auth.use-logged-in-user", "false");

        CopilotProperties properties = bind(values);

        CopilotProperties.Cli cli = properties.getCli();
        assertThat(properties.isEnabled()).isFalse();
        assertThat(cli.getPath()).isEqualTo(Path.of("/opt/copilot/bin/copilot"));
        assertThat(cli.getUrl()).isEqualTo("localhost:4321");
        assertThat(cli.isUseStdio()).isFalse();
        assertThat(cli.getPort()).isEqualTo(4321);
        assertThat(cli.getLogLevel()).isEqualTo(LogLevel.DEBUG);
        assertThat(cli.getHome()).isEqualTo(Path.of("/var/copilot"));
        assertThat(cli.getWorkingDirectory()).isEqualTo(Path.of("/srv/app"));
        assertThat(cli.getEnv()).containsExactly(Map.entry("COPILOT_API_URL", "http://127.0.0.1:8080"),
                Map.entry("Mixed_Case", "kept"));
        assertThat(cli.isInheritEnvironment()).isFalse();
        assertThat(cli.getArgs()).containsExactly("--experimental", "--banner");
        assertThat(cli.isInstall()).isTrue();
        assertThat(cli.getStartup()).isEqualTo(StartupMode.EAGER);
        assertThat(cli.getRequestTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(cli.getStartTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(properties.getAuth().getGithubToken()).isEqualTo("ghp_secret");
        assertThat(properties.getAuth().getUseLoggedInUser()).isFalse();
    }

    @Test
    void bindsEverySessionKey() {
        Map<String, String> values = new LinkedHashMap<>();
        sessionValues("copilot.session", values);

        assertEverySessionKeyBound(bind(values).getSession());
    }

    @Test
    void bindsEverySessionKeyOfANamedProfile() {
        Map<String, String> values = new LinkedHashMap<>();
        sessionValues("copilot.sessions.support", values);

        CopilotProperties properties = bind(values);

        assertThat(properties.getSessions()).containsOnlyKeys("support");
        assertEverySessionKeyBound(properties.getSessions().get("support"));
    }

    @Test
    void bindsThePermissionEventObservationAndToolKeys() {
        CopilotProperties properties = bind(Map.of(
                "copilot.permissions.approve", "read,mcp",
                "copilot.permissions.deny", "shell,custom-tool",
                "copilot.events.enabled", "false",
                "copilot.events.types", "assistant.message,session.idle",
                "copilot.observations.include-content", "true",
                "copilot.tools.scan", "false"));

        assertThat(properties.getPermissions().getApprove()).containsExactly("read", "mcp");
        assertThat(properties.getPermissions().getDeny()).containsExactly("shell", "custom-tool");
        assertThat(properties.getEvents().isEnabled()).isFalse();
        assertThat(properties.getEvents().getTypes()).containsExactly("assistant.message", "session.idle");
        assertThat(properties.getObservations().isIncludeContent()).isTrue();
        assertThat(properties.getTools().isScan()).isFalse();
    }

    @Test
    void everyKeyIsInTheGeneratedMetadataWithADescription() throws IOException {
        JsonNode metadata = generatedMetadata();
        Set<String> keys = new TreeSet<>();
        for (JsonNode property : metadata.path("properties").values()) {
            String name = property.path("name").asString();
            if (name.startsWith(CopilotProperties.CONFIG_PREFIX + ".")) {
                keys.add(name);
                assertThat(property.path("description").asString(""))
                        .as("description of %s", name).isNotBlank()
                        .doesNotStartWith("The ").doesNotStartWith("A ");
            }
        }

        assertThat(keys).containsExactlyInAnyOrder(
                "copilot.enabled",
                "copilot.cli.path", "copilot.cli.url", "copilot.cli.use-stdio", "copilot.cli.port",
                "copilot.cli.log-level", "copilot.cli.home", "copilot.cli.working-directory", "copilot.cli.env",
                "copilot.cli.inherit-environment", "copilot.cli.args", "copilot.cli.install", "copilot.cli.startup",
                "copilot.cli.request-timeout", "copilot.cli.start-timeout",
                "copilot.cli.restart.enabled", "copilot.cli.restart.max-attempts",
                "copilot.cli.restart.initial-backoff", "copilot.cli.restart.max-backoff",
                "copilot.auth.github-token", "copilot.auth.use-logged-in-user",
                "copilot.session.model", "copilot.session.reasoning-effort", "copilot.session.streaming",
                "copilot.session.client-name", "copilot.session.working-directory",
                "copilot.session.system-message.mode", "copilot.session.system-message.content",
                "copilot.session.system-message.sections", "copilot.session.available-tools",
                "copilot.session.excluded-tools", "copilot.session.provider.type", "copilot.session.provider.base-url",
                "copilot.session.provider.api-key", "copilot.session.provider.bearer-token",
                "copilot.session.provider.wire-api", "copilot.session.provider.azure.api-version",
                "copilot.session.provider.headers", "copilot.session.mcp-servers", "copilot.session.custom-agents",
                "copilot.session.agent", "copilot.session.skill-directories", "copilot.session.disabled-skills",
                "copilot.session.infinite-sessions.enabled",
                "copilot.session.infinite-sessions.background-compaction-threshold",
                "copilot.session.infinite-sessions.buffer-exhaustion-threshold", "copilot.session.send-timeout",
                "copilot.session.tool-timeout", "copilot.session.handler-timeout",
                "copilot.session.tools", "copilot.sessions",
                "copilot.permissions.approve", "copilot.permissions.deny",
                "copilot.events.enabled", "copilot.events.types",
                "copilot.observations.include-content", "copilot.tools.scan");
    }

    @Test
    void theMetadataDeclaresTheDefaults() throws IOException {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (JsonNode property : generatedMetadata().path("properties").values()) {
            if (property.has("defaultValue")) {
                defaults.put(property.path("name").asString(), property.get("defaultValue").toString());
            }
        }

        assertThat(defaults).contains(
                Map.entry("copilot.enabled", "true"),
                Map.entry("copilot.cli.use-stdio", "true"),
                Map.entry("copilot.cli.port", "0"),
                Map.entry("copilot.cli.inherit-environment", "true"),
                Map.entry("copilot.cli.install", "false"),
                Map.entry("copilot.cli.startup", "\"lazy\""),
                Map.entry("copilot.cli.request-timeout", "\"60s\""),
                Map.entry("copilot.cli.start-timeout", "\"30s\""),
                Map.entry("copilot.cli.restart.enabled", "false"),
                Map.entry("copilot.cli.restart.max-attempts", "5"),
                Map.entry("copilot.cli.restart.initial-backoff", "\"500ms\""),
                Map.entry("copilot.cli.restart.max-backoff", "\"30s\""),
                Map.entry("copilot.session.send-timeout", "\"60s\""),
                Map.entry("copilot.permissions.deny", "[\"shell\",\"write\",\"url\"]"),
                Map.entry("copilot.events.enabled", "true"),
                Map.entry("copilot.observations.include-content", "false"),
                Map.entry("copilot.tools.scan", "true"),
                Map.entry("management.health.copilot.enabled", "true"));
    }

    private static JsonNode generatedMetadata() throws IOException {
        try (InputStream metadata = CopilotPropertiesTests.class
                .getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(metadata).as("generated configuration metadata").isNotNull();
            return JsonMapper.shared().readTree(metadata);
        }
    }

    private static void sessionValues(String prefix, Map<String, String> values) {
        values.put(prefix + ".model", "gpt-5");
        values.put(prefix + ".reasoning-effort", "xhigh");
        values.put(prefix + ".streaming", "true");
        values.put(prefix + ".client-name", "orders-service");
        values.put(prefix + ".working-directory", "/srv/work");
        values.put(prefix + ".system-message.mode", "customize");
        values.put(prefix + ".system-message.content", "Answer in English.");
        values.put(prefix + ".system-message.sections.tone.action", "replace");
        values.put(prefix + ".system-message.sections.tone.content", "Be brief.");
        values.put(prefix + ".system-message.sections.safety.action", "preserve");
        values.put(prefix + ".available-tools", "view,custom:*");
        values.put(prefix + ".excluded-tools", "bash");
        values.put(prefix + ".provider.type", "azure");
        values.put(prefix + ".provider.base-url", "https://example.openai.azure.com");
        values.put(prefix + ".provider.api-key", "sk-secret");
        values.put(prefix + ".provider.bearer-token", "bearer-secret");
        values.put(prefix + ".provider.wire-api", "responses");
        values.put(prefix + ".provider.azure.api-version", "2024-10-21");
        values.put(prefix + ".provider.headers[X-Tenant]", "acme");
        values.put(prefix + ".mcp-servers.files.type", "local");
        values.put(prefix + ".mcp-servers.files.command", "npx");
        values.put(prefix + ".mcp-servers.files.args", "-y,@modelcontextprotocol/server-filesystem");
        values.put(prefix + ".mcp-servers.files.env[ROOT_DIR]", "/data");
        values.put(prefix + ".mcp-servers.files.cwd", "/srv");
        values.put(prefix + ".mcp-servers.files.tools", "read_file,list_directory");
        values.put(prefix + ".mcp-servers.files.timeout", "20s");
        values.put(prefix + ".mcp-servers.github.type", "sse");
        values.put(prefix + ".mcp-servers.github.url", "https://mcp.example.com/sse");
        values.put(prefix + ".mcp-servers.github.headers[Authorization]", "Bearer abc");
        values.put(prefix + ".custom-agents[0].name", "reviewer");
        values.put(prefix + ".custom-agents[0].display-name", "Code reviewer");
        values.put(prefix + ".custom-agents[0].description", "Reviews changes");
        values.put(prefix + ".custom-agents[0].tools", "view,grep");
        values.put(prefix + ".custom-agents[0].prompt", "Review the diff.");
        values.put(prefix + ".custom-agents[0].infer", "false");
        values.put(prefix + ".custom-agents[0].model", "claude-sonnet-4.5");
        values.put(prefix + ".agent", "reviewer");
        values.put(prefix + ".skill-directories", "/skills,/more-skills");
        values.put(prefix + ".disabled-skills", "pdf");
        values.put(prefix + ".infinite-sessions.enabled", "true");
        values.put(prefix + ".infinite-sessions.background-compaction-threshold", "0.7");
        values.put(prefix + ".infinite-sessions.buffer-exhaustion-threshold", "0.9");
        values.put(prefix + ".send-timeout", "90s");
        values.put(prefix + ".tools", "orders,billing");
    }

    private static void assertEverySessionKeyBound(Session session) {
        assertThat(session.getModel()).isEqualTo("gpt-5");
        assertThat(session.getReasoningEffort()).isEqualTo(ReasoningEffort.XHIGH);
        assertThat(session.getStreaming()).isTrue();
        assertThat(session.getClientName()).isEqualTo("orders-service");
        assertThat(session.getWorkingDirectory()).isEqualTo("/srv/work");
        SystemMessage systemMessage = session.getSystemMessage();
        assertThat(systemMessage.getMode()).isEqualTo(SystemMessage.Mode.CUSTOMIZE);
        assertThat(systemMessage.getContent()).isEqualTo("Answer in English.");
        assertThat(systemMessage.getSections()).containsOnlyKeys("tone", "safety");
        assertThat(systemMessage.getSections().get("tone").getAction()).isEqualTo(SystemMessage.Section.Action.REPLACE);
        assertThat(systemMessage.getSections().get("tone").getContent()).isEqualTo("Be brief.");
        assertThat(systemMessage.getSections().get("safety").getAction())
                .isEqualTo(SystemMessage.Section.Action.PRESERVE);
        assertThat(session.getAvailableTools()).containsExactly("view", "custom:*");
        assertThat(session.getExcludedTools()).containsExactly("bash");
        Session.Provider provider = session.getProvider();
        assertThat(provider.getType()).isEqualTo(ProviderType.AZURE);
        assertThat(provider.getBaseUrl()).isEqualTo("https://example.openai.azure.com");
        assertThat(provider.getApiKey()).isEqualTo("sk-secret");
        assertThat(provider.getBearerToken()).isEqualTo("bearer-secret");
        assertThat(provider.getWireApi()).isEqualTo(WireApi.RESPONSES);
        assertThat(provider.getAzure().getApiVersion()).isEqualTo("2024-10-21");
        assertThat(provider.getHeaders()).containsExactly(Map.entry("X-Tenant", "acme"));
        assertThat(session.getMcpServers()).containsOnlyKeys("files", "github");
        McpServer files = session.getMcpServers().get("files");
        assertThat(files.getType()).isEqualTo(McpServer.Type.LOCAL);
        assertThat(files.getCommand()).isEqualTo("npx");
        assertThat(files.getArgs()).containsExactly("-y", "@modelcontextprotocol/server-filesystem");
        assertThat(files.getEnv()).containsExactly(Map.entry("ROOT_DIR", "/data"));
        assertThat(files.getCwd()).isEqualTo("/srv");
        assertThat(files.getTools()).containsExactly("read_file", "list_directory");
        assertThat(files.getTimeout()).isEqualTo(Duration.ofSeconds(20));
        McpServer github = session.getMcpServers().get("github");
        assertThat(github.getType()).isEqualTo(McpServer.Type.SSE);
        assertThat(github.getUrl()).isEqualTo("https://mcp.example.com/sse");
        assertThat(github.getHeaders()).containsExactly(Map.entry("Authorization", "Bearer abc"));
        assertThat(session.getCustomAgents()).singleElement().satisfies(agent -> {
            assertThat(agent.getName()).isEqualTo("reviewer");
            assertThat(agent.getDisplayName()).isEqualTo("Code reviewer");
            assertThat(agent.getDescription()).isEqualTo("Reviews changes");
            assertThat(agent.getTools()).containsExactly("view", "grep");
            assertThat(agent.getPrompt()).isEqualTo("Review the diff.");
            assertThat(agent.getInfer()).isFalse();
            assertThat(agent.getModel()).isEqualTo("claude-sonnet-4.5");
        });
        assertThat(session.getAgent()).isEqualTo("reviewer");
        assertThat(session.getSkillDirectories()).containsExactly("/skills", "/more-skills");
        assertThat(session.getDisabledSkills()).containsExactly("pdf");
        assertThat(session.getInfiniteSessions().getEnabled()).isTrue();
        assertThat(session.getInfiniteSessions().getBackgroundCompactionThreshold()).isEqualTo(0.7);
        assertThat(session.getInfiniteSessions().getBufferExhaustionThreshold()).isEqualTo(0.9);
        assertThat(session.getSendTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(session.getTools()).isEqualTo(List.of("orders", "billing"));
    }

    private static CopilotProperties bind(Map<String, String> values) {
        Binder binder = new Binder(new MapConfigurationPropertySource(values));
        return binder.bind(CopilotProperties.CONFIG_PREFIX, Bindable.ofInstance(new CopilotProperties()))
                .orElseGet(CopilotProperties::new);
    }
}
