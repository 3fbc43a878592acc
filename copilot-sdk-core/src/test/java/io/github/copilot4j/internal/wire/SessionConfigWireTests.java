package io.github.copilot4j.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.Attachment;
import io.github.copilot4j.ResumeSessionConfig;
import io.github.copilot4j.SendOptions;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.command.CommandDefinition;
import io.github.copilot4j.config.CanvasDeclaration;
import io.github.copilot4j.config.CanvasProviderIdentity;
import io.github.copilot4j.config.CapiSessionOptions;
import io.github.copilot4j.config.CloudSessionOptions;
import io.github.copilot4j.config.ContextTier;
import io.github.copilot4j.config.CustomAgentConfig;
import io.github.copilot4j.config.DefaultAgentConfig;
import io.github.copilot4j.config.ExpAssignments;
import io.github.copilot4j.config.ExtensionInfo;
import io.github.copilot4j.config.GitHubMcpToolConfig;
import io.github.copilot4j.config.InfiniteSessionConfig;
import io.github.copilot4j.config.LargeOutputConfig;
import io.github.copilot4j.config.ManagedSettings;
import io.github.copilot4j.config.McpServerConfig;
import io.github.copilot4j.config.MemoryConfig;
import io.github.copilot4j.config.ModelCapabilitiesOverride;
import io.github.copilot4j.config.NamedProviderConfig;
import io.github.copilot4j.config.OpenCanvasInstance;
import io.github.copilot4j.config.ProviderConfig;
import io.github.copilot4j.config.ProviderModelConfig;
import io.github.copilot4j.config.ProviderTransport;
import io.github.copilot4j.config.ProviderType;
import io.github.copilot4j.config.ReasoningEffort;
import io.github.copilot4j.config.ReasoningSummary;
import io.github.copilot4j.config.RemoteSessionMode;
import io.github.copilot4j.config.SessionLimitsConfig;
import io.github.copilot4j.config.StorageMode;
import io.github.copilot4j.config.SystemMessage;
import io.github.copilot4j.config.SystemMessage.Section;
import io.github.copilot4j.config.SystemMessage.SectionOverride;
import io.github.copilot4j.config.ToolSearchConfig;
import io.github.copilot4j.config.WireApi;
import io.github.copilot4j.hook.SessionHooks;
import io.github.copilot4j.input.AutoModeSwitchResponse;
import io.github.copilot4j.input.ElicitationResult;
import io.github.copilot4j.input.ExitPlanModeResult;
import io.github.copilot4j.input.UserInputResponse;
import io.github.copilot4j.mcp.McpAuthResult;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.trace.TraceContext;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class SessionConfigWireTests {

    private static final TraceContext TRACE =
            new TraceContext("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "vendor=1");

    /** Every setting of SessionConfig set, with the exact wire form of {@code session.create} below. */
    private static final SessionConfig FULL = fullConfig();

    private static final String FULL_CREATE_JSON = """
            {
              "traceparent": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
              "tracestate": "vendor=1",
              "sessionId": "s-1",
              "model": "claude-sonnet-4.5",
              "clientName": "my-app",
              "reasoningEffort": "xhigh",
              "reasoningSummary": "concise",
              "isExperimentalMode": true,
              "contextTier": "long_context",
              "tools": [
                {"name": "lookup", "description": "Looks things up",
                 "parameters": {"type": "object", "properties": {"q": {"type": "string"}}},
                 "overridesBuiltInTool": true, "skipPermission": true, "defer": "never",
                 "metadata": {"owner": "me"}, "isTerminal": true},
                {"name": "plain"}
              ],
              "toolSearch": {"enabled": true, "deferThreshold": 12},
              "canvases": [
                {"id": "board", "displayName": "Board", "description": "A board", "inputSchema": {"type": "object"},
                 "actions": [{"name": "clear", "description": "Clears the board"}]}
              ],
              "requestCanvasRenderer": true,
              "requestExtensions": false,
              "extensionSdkPath": "/ext/sdk",
              "extensionInfo": {"source": "github-app", "name": "boards"},
              "canvasProvider": {"id": "app:builtin:1", "name": "Main window"},
              "commands": [{"name": "deploy", "description": "Deploys"}, {"name": "undo", "description": ""}],
              "systemMessage": {"mode": "append", "content": "Be brief."},
              "availableTools": ["builtin:*", "custom:lookup"],
              "excludedTools": ["builtin:bash"],
              "toolFilterPrecedence": "excluded",
              "excludedBuiltinAgents": ["explore"],
              "provider": {
                "type": "openai", "wireApi": "responses", "transport": "websockets",
                "baseUrl": "https://api.example.com/v1", "apiKey": "sk-key", "bearerToken": "static-token",
                "hasBearerTokenProvider": true, "azure": {"apiVersion": "2024-10-21"},
                "headers": {"X-Team": "core"}, "modelId": "gpt-5", "wireModel": "my-deployment",
                "maxPromptTokens": 100000, "maxOutputTokens": 8192
              },
              "capi": {"enableWebSocketResponses": false},
              "enableSessionTelemetry": false,
              "enableCitations": true,
              "enableFileChangeTracking": true,
              "sessionLimits": {"maxAiCredits": 12.5},
              "modelCapabilities": {
                "supports": {"vision": true, "reasoningEffort": false},
                "limits": {"maxPromptTokens": 1000, "maxOutputTokens": 200, "maxContextWindowTokens": 4000,
                           "vision": {"supportedMediaTypes": ["image/png"], "maxPromptImages": 2,
                                      "maxPromptImageSize": 1048576}}
              },
              "largeOutput": {"enabled": true, "maxSizeBytes": 4096, "outputDir": "/tmp/out"},
              "requestPermission": true,
              "requestUserInput": true,
              "requestElicitation": true,
              "requestMcpApps": true,
              "githubMcpToolConfig": {"enableAllTools": true, "additionalToolsets": ["actions"],
                                      "additionalTools": ["get_me"], "enableInsidersMode": false,
                                      "disableFormDeferral": true},
              "requestExitPlanMode": true,
              "requestAutoModeSwitch": true,
              "hooks": true,
              "workingDirectory": "/work",
              "additionalDirectories": ["/data"],
              "streaming": true,
              "includeSubAgentStreamingEvents": false,
              "mcpServers": {
                "files": {"command": "npx", "args": ["-y", "files-server"], "env": {"FILES_TOKEN": "env-secret"},
                          "cwd": "/srv", "tools": ["read"], "timeout": 5000},
                "remote": {"type": "http", "url": "https://mcp.example.com/mcp",
                           "headers": {"Authorization": "Bearer header-secret"}, "tools": [], "timeout": 1500}
              },
              "mcpOAuthTokenStorage": "in-memory",
              "envValueMode": "direct",
              "customAgents": [
                {"name": "reviewer", "displayName": "Reviewer", "description": "Reviews changes", "tools": ["view"],
                 "prompt": "Review the code.", "mcpServers": {"git": {"command": "git-mcp", "cwd": "/repo"}},
                 "infer": false, "skills": ["lint"], "model": "gpt-5", "reasoningEffort": "low"}
              ],
              "customAgentsLocalOnly": true,
              "defaultAgent": {"excludedTools": ["bash"]},
              "agent": "reviewer",
              "configDir": "/cfg",
              "enableConfigDiscovery": true,
              "skipEmbeddingRetrieval": true,
              "embeddingCacheStorage": "persistent",
              "organizationCustomInstructions": "Use British English.",
              "enableOnDemandInstructionDiscovery": false,
              "enableFileHooks": false,
              "enableHostGitOperations": true,
              "enableSessionStore": false,
              "enableSkills": true,
              "skillDirectories": ["/skills"],
              "pluginDirectories": ["/plugins"],
              "instructionDirectories": [],
              "disabledSkills": ["old-skill"],
              "disabledMcpServers": ["legacy"],
              "infiniteSessions": {"enabled": true, "backgroundCompactionThreshold": 0.7,
                                   "bufferExhaustionThreshold": 0.9},
              "memory": {"enabled": false},
              "gitHubToken": "gho_sessiontoken",
              "remoteSession": "export",
              "cloud": {"repository": {"owner": "octo", "name": "demo", "branch": "main"}},
              "expAssignments": {"Features": ["f1"], "Flights": {"flight": "v1"},
                                 "Configs": [{"Id": "c1", "Parameters": {"p": 1}}], "AssignmentContext": "ctx",
                                 "ParameterGroups": {"g": true}, "FlightingVersion": 3, "ImpressionId": "imp"},
              "enableManagedSettings": true,
              "managedSettings": {"permissions": {"disableBypassPermissionsMode": "disable",
                                                  "deny": ["Shell(rm *)"], "ask": ["Write(**)"],
                                                  "allow": ["Read(**)"]}}
            }
            """;

    /** Settings covered by other tests: BYOK multi-provider settings cannot be combined with provider. */
    private static final Set<String> NOT_IN_FULL = Set.of("providers", "models");

    @Test
    void fullConfigSetsEverySetting() throws Exception {
        for (Method getter : SessionConfig.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(getter.getModifiers()) || Modifier.isStatic(getter.getModifiers())
                    || getter.getParameterCount() > 0
                    || Set.of("toBuilder", "toString", "hashCode").contains(getter.getName())
                    || NOT_IN_FULL.contains(getter.getName())) {
                continue;
            }
            Object value = getter.invoke(FULL);
            Object defaultValue = getter.invoke(SessionConfig.defaults());
            assertThat(value).as(getter.getName()).isNotNull().isNotEqualTo(defaultValue);
        }
    }

    @Test
    void createSendsEverySettingUnderItsWireName() {
        assertWire(SessionConfigWire.createParams(FULL, "s-1", TRACE), FULL_CREATE_JSON);
    }

    @Test
    void createOfAnEmptyConfigSendsTheMinimalPayload() {
        assertWire(SessionConfigWire.createParams(SessionConfig.defaults(), "s-1", TraceContext.NONE), """
                {"sessionId": "s-1", "requestPermission": false, "requestUserInput": false,
                 "requestElicitation": false, "requestExitPlanMode": false, "requestAutoModeSwitch": false,
                 "hooks": false, "envValueMode": "direct", "toolFilterPrecedence": "excluded",
                 "includeSubAgentStreamingEvents": true}
                """);
    }

    @Test
    void createOfACloudSessionLetsTheServerAssignTheId() {
        SessionConfig config = SessionConfig.builder().cloud(new CloudSessionOptions(null)).build();

        ObjectNode params = SessionConfigWire.createParams(config, null, TraceContext.NONE);

        assertThat(params.has("sessionId")).isFalse();
        assertThat(params.get("cloud")).isEqualTo(WireJson.object());
    }

    @Test
    void createRequiresASessionIdOutsideTheCloud() {
        assertThatThrownBy(() -> SessionConfigWire.createParams(SessionConfig.defaults(), null, TraceContext.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sessionId");
    }

    @Test
    void createRejectsASessionIdOtherThanTheConfiguredOne() {
        SessionConfig config = SessionConfig.builder().sessionId("configured").build();

        assertThatThrownBy(() -> SessionConfigWire.createParams(config, "other", TraceContext.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sessionId");
    }

    @Test
    void resumeSendsTheCreateSettingsWithoutCloudPlusTheResumeOptions() {
        SessionConfig settings = FULL.toBuilder().sessionId(null).cloud(null).build();
        ResumeSessionConfig config = ResumeSessionConfig.builder()
                .session(settings)
                .suppressResumeEvent(true)
                .continuePendingWork(false)
                .openCanvases(List.of(new OpenCanvasInstance("i-1", "ext-1", "Boards", "board", "/icon.png",
                        "Sprint", "ready", "https://boards.example.com/1", json("{\"sprint\":7}"))))
                .build();

        ObjectNode expected = (ObjectNode) json(FULL_CREATE_JSON);
        expected.remove("cloud");
        expected.put("sessionId", "resumed-1");
        expected.put("disableResume", true);
        expected.put("continuePendingWork", false);
        expected.set("openCanvases", json("""
                [{"instanceId": "i-1", "extensionId": "ext-1", "extensionName": "Boards", "canvasId": "board",
                  "icon": "/icon.png", "title": "Sprint", "status": "ready", "url": "https://boards.example.com/1",
                  "input": {"sprint": 7}}]
                """));
        assertWire(SessionConfigWire.resumeParams(config, "resumed-1", TRACE), expected.toString());
    }

    @Test
    void resumeOfAnEmptyConfigSendsTheMinimalPayload() {
        assertWire(SessionConfigWire.resumeParams(ResumeSessionConfig.builder().build(), "s-2", TraceContext.NONE),
                """
                {"sessionId": "s-2", "requestPermission": false, "requestUserInput": false,
                 "requestElicitation": false, "requestExitPlanMode": false, "requestAutoModeSwitch": false,
                 "hooks": false, "envValueMode": "direct", "toolFilterPrecedence": "excluded",
                 "includeSubAgentStreamingEvents": true}
                """);
    }

    @Test
    void resumeAnnouncesThePermissionHandlerLikeCreate() {
        ResumeSessionConfig config = ResumeSessionConfig.of(
                SessionConfig.builder().onPermissionRequest(PermissionHandler.approveAll()).build());

        ObjectNode params = SessionConfigWire.resumeParams(config, "s-2", TraceContext.NONE);

        assertThat(params.get("requestPermission").asBoolean()).isTrue();
    }

    @Test
    void resumeRequiresASessionId() {
        assertThatThrownBy(() -> SessionConfigWire.resumeParams(ResumeSessionConfig.builder().build(), " ",
                TraceContext.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sessionId must not be blank");
    }

    @Test
    void hooksWithoutHandlersAreNotAnnounced() {
        SessionConfig config = SessionConfig.builder().hooks(SessionHooks.builder().build()).build();

        assertThat(SessionConfigWire.createParams(config, "s-1", TraceContext.NONE).get("hooks").asBoolean())
                .isFalse();
    }

    @Test
    void toolFlagsThatAreOffAreOmitted() {
        SessionConfig config = SessionConfig.builder()
                .tools(List.of(new ToolDefinition("t", "d", null, false, false, ToolDefinition.Defer.AUTO, null,
                        false, invocation -> "ok")))
                .build();

        assertThat(SessionConfigWire.createParams(config, "s-1", TraceContext.NONE).get("tools"))
                .isEqualTo(json("[{\"name\":\"t\",\"description\":\"d\",\"defer\":\"auto\"}]"));
    }

    @Test
    void replaceSystemMessage() {
        assertThat(systemMessageWire(SystemMessage.replace("You are a parser.")))
                .isEqualTo(json("{\"mode\":\"replace\",\"content\":\"You are a parser.\"}"));
    }

    @Test
    void appendSystemMessageWithoutContent() {
        assertThat(systemMessageWire(new SystemMessage.Append(null))).isEqualTo(json("{\"mode\":\"append\"}"));
    }

    @Test
    void customizedSystemMessageSendsEverySectionActionAndTransformsAsMarkers() {
        SystemMessage message = SystemMessage.customize()
                .section(Section.TONE, SectionOverride.replace("Be terse."))
                .section(Section.ENVIRONMENT_CONTEXT, SectionOverride.remove())
                .section(Section.GUIDELINES, SectionOverride.append("Cite sources."))
                .section(Section.SAFETY, SectionOverride.prepend("Never delete data."))
                .section(Section.PREAMBLE, SectionOverride.preserve())
                .section(Section.CUSTOM_INSTRUCTIONS, SectionOverride.transform(String::toUpperCase))
                .section("future_section", SectionOverride.append("Extra."))
                .content("Additional instructions.")
                .build();

        assertThat(systemMessageWire(message)).isEqualTo(json("""
                {"mode": "customize",
                 "sections": {
                   "tone": {"action": "replace", "content": "Be terse."},
                   "environment_context": {"action": "remove"},
                   "guidelines": {"action": "append", "content": "Cite sources."},
                   "safety": {"action": "prepend", "content": "Never delete data."},
                   "preamble": {"action": "preserve"},
                   "custom_instructions": {"action": "transform"},
                   "future_section": {"action": "append", "content": "Extra."}
                 },
                 "content": "Additional instructions."}
                """));
    }

    @Test
    void namedProvidersAndModels() {
        SessionConfig config = SessionConfig.builder()
                .providers(List.of(
                        NamedProviderConfig.of("azure-east", ProviderConfig.builder("https://east.openai.azure.com")
                                .type(ProviderType.AZURE).wireApi(WireApi.COMPLETIONS).apiKey("az-key")
                                .azureApiVersion("2024-10-21").headers(Map.of("X-Region", "east")).build()),
                        NamedProviderConfig.of("managed", ProviderConfig.builder("https://managed.example.com/v1")
                                .type(ProviderType.ANTHROPIC).bearerToken("bt")
                                .bearerTokenProvider((provider, session) -> "fresh").build())))
                .models(List.of(
                        ProviderModelConfig.builder("gpt-5", "azure-east").wireModel("east-deployment")
                                .modelId("gpt-5").name("GPT-5 (East)").maxPromptTokens(90000)
                                .maxContextWindowTokens(128000).maxOutputTokens(4000)
                                .capabilities(ModelCapabilitiesOverride.builder().supportsVision(false).build())
                                .build(),
                        ProviderModelConfig.builder("claude", "managed").build()))
                .build();

        ObjectNode params = SessionConfigWire.createParams(config, "s-1", TraceContext.NONE);

        assertThat(params.has("provider")).isFalse();
        assertWire(params.get("providers"), """
                [{"name": "azure-east", "type": "azure", "wireApi": "completions",
                  "baseUrl": "https://east.openai.azure.com", "apiKey": "az-key",
                  "azure": {"apiVersion": "2024-10-21"}, "headers": {"X-Region": "east"}},
                 {"name": "managed", "type": "anthropic", "baseUrl": "https://managed.example.com/v1",
                  "bearerToken": "bt", "hasBearerTokenProvider": true}]
                """);
        assertWire(params.get("models"), """
                [{"id": "gpt-5", "provider": "azure-east", "wireModel": "east-deployment", "modelId": "gpt-5",
                  "name": "GPT-5 (East)", "maxPromptTokens": 90000, "maxContextWindowTokens": 128000,
                  "maxOutputTokens": 4000, "capabilities": {"supports": {"vision": false}}},
                 {"id": "claude", "provider": "managed"}]
                """);
    }

    @Test
    void providerWithOnlyAnEndpointSendsOnlyTheEndpoint() {
        assertThat(SessionConfigWire.provider(ProviderConfig.builder("http://localhost:11434/v1").build()))
                .isEqualTo(json("{\"baseUrl\":\"http://localhost:11434/v1\"}"));
    }

    @Test
    void azureProviderWithTransport() {
        ProviderConfig provider = ProviderConfig.builder("https://res.openai.azure.com").type(ProviderType.AZURE)
                .transport(ProviderTransport.HTTP).build();

        assertThat(SessionConfigWire.provider(provider)).isEqualTo(json("""
                {"type": "azure", "transport": "http", "baseUrl": "https://res.openai.azure.com"}
                """));
    }

    @Test
    void capabilityGroupsWithoutValuesAreOmitted() {
        ModelCapabilitiesOverride caps = ModelCapabilitiesOverride.builder().visionMaxPromptImages(0).build();
        SessionConfig config = SessionConfig.builder().modelCapabilities(caps).build();

        assertThat(SessionConfigWire.createParams(config, "s-1", TraceContext.NONE).get("modelCapabilities"))
                .isEqualTo(json("{\"limits\":{\"vision\":{\"maxPromptImages\":0}}}"));
    }

    @Test
    void sseServerAndServerWithDefaults() {
        Map<String, McpServerConfig> servers = new LinkedHashMap<>();
        servers.put("events", McpServerConfig.sse("https://events.example.com/sse").build());
        servers.put("local", McpServerConfig.local("server").build());
        SessionConfig config = SessionConfig.builder().mcpServers(servers).build();

        assertThat(SessionConfigWire.createParams(config, "s-1", TraceContext.NONE).get("mcpServers"))
                .isEqualTo(json("""
                        {"events": {"type": "sse", "url": "https://events.example.com/sse"},
                         "local": {"command": "server"}}
                        """));
    }

    @Test
    void cloudRepositoryWithoutBranch() {
        SessionConfig config = SessionConfig.builder().cloud(CloudSessionOptions.forRepository("octo", "demo"))
                .build();

        assertThat(SessionConfigWire.createParams(config, null, TraceContext.NONE).get("cloud"))
                .isEqualTo(json("{\"repository\":{\"owner\":\"octo\",\"name\":\"demo\"}}"));
    }

    @Test
    void managedSettingsWithBypassModeLeftAlone() {
        SessionConfig config = SessionConfig.builder()
                .managedSettings(new ManagedSettings(new ManagedSettings.Permissions(false, null, null, null)))
                .build();

        assertThat(SessionConfigWire.createParams(config, "s-1", TraceContext.NONE).get("managedSettings"))
                .isEqualTo(json("{\"permissions\":{}}"));
    }

    @Test
    void optionsUpdateCarriesTheSettingsCreateDoesNotTake() {
        assertWire(SessionConfigWire.optionsUpdateParams(FULL, "s-1"), """
                {"sessionId": "s-1", "skipCustomInstructions": true, "customAgentsLocalOnly": true,
                 "coauthorEnabled": false, "manageScheduleEnabled": false}
                """);
    }

    @Test
    void noOptionsUpdateWithoutSuchSettings() {
        assertThat(SessionConfigWire.optionsUpdateParams(SessionConfig.defaults(), "s-1")).isNull();
    }

    @Test
    void sendWithoutOptionsSendsTheSessionAndPrompt() {
        assertWire(SessionConfigWire.sendParams("s-1", "Hello", SendOptions.defaults(), TraceContext.NONE),
                "{\"sessionId\":\"s-1\",\"prompt\":\"Hello\"}");
    }

    @Test
    void sendWithEveryOption() {
        SendOptions options = SendOptions.builder()
                .attachments(List.of(
                        Attachment.file("src/Main.java"),
                        new Attachment.FileAttachment("README.md", "Readme"),
                        Attachment.directory("src"),
                        new Attachment.DirectoryAttachment("docs", "Docs"),
                        Attachment.selection("src/Main.java", "Main.java:3-5", Attachment.Range.of(2, 0, 4, 10),
                                "int x = 1;"),
                        new Attachment.SelectionAttachment("a.txt", "a.txt", null, null),
                        Attachment.blob("hi".getBytes(StandardCharsets.UTF_8), "text/plain"),
                        new Attachment.BlobAttachment("aGk=", "image/png", "pixel.png")))
                .mode(SendOptions.Mode.IMMEDIATE)
                .displayPrompt("Shown")
                .agentMode(SendOptions.AgentMode.PLAN)
                .requestHeaders(Map.of("X-Request", "42"))
                .build();

        assertWire(SessionConfigWire.sendParams("s-1", "Explain", options, TRACE), """
                {"traceparent": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                 "tracestate": "vendor=1",
                 "sessionId": "s-1",
                 "prompt": "Explain",
                 "displayPrompt": "Shown",
                 "attachments": [
                   {"type": "file", "path": "src/Main.java"},
                   {"type": "file", "path": "README.md", "displayName": "Readme"},
                   {"type": "directory", "path": "src"},
                   {"type": "directory", "path": "docs", "displayName": "Docs"},
                   {"type": "selection", "filePath": "src/Main.java", "displayName": "Main.java:3-5",
                    "selection": {"start": {"line": 2, "character": 0}, "end": {"line": 4, "character": 10}},
                    "text": "int x = 1;"},
                   {"type": "selection", "filePath": "a.txt", "displayName": "a.txt"},
                   {"type": "blob", "data": "aGk=", "mimeType": "text/plain"},
                   {"type": "blob", "data": "aGk=", "mimeType": "image/png", "displayName": "pixel.png"}
                 ],
                 "mode": "immediate",
                 "agentMode": "plan",
                 "requestHeaders": {"X-Request": "42"}}
                """);
    }

    @Test
    void sendModesAndAgentModesUseTheirWireNames() {
        assertThat(Arrays.stream(SendOptions.Mode.values()).map(SendOptions.Mode::wireValue))
                .containsExactly("enqueue", "immediate");
        assertThat(Arrays.stream(SendOptions.AgentMode.values()).map(SendOptions.AgentMode::wireValue))
                .containsExactly("interactive", "plan", "autopilot", "shell");
    }

    @Test
    void enumsUseTheirWireNames() {
        assertThat(Arrays.stream(ReasoningEffort.values()).map(ReasoningEffort::wireValue))
                .containsExactly("low", "medium", "high", "xhigh", "max");
        assertThat(Arrays.stream(ReasoningSummary.values()).map(ReasoningSummary::wireValue))
                .containsExactly("none", "concise", "detailed");
        assertThat(Arrays.stream(ContextTier.values()).map(ContextTier::wireValue))
                .containsExactly("default", "long_context");
        assertThat(Arrays.stream(StorageMode.values()).map(StorageMode::wireValue))
                .containsExactly("persistent", "in-memory");
        assertThat(Arrays.stream(RemoteSessionMode.values()).map(RemoteSessionMode::wireValue))
                .containsExactly("off", "export", "on");
        assertThat(Arrays.stream(Section.values()).map(Section::id)).containsExactly("preamble", "identity", "tone",
                "tool_efficiency", "environment_context", "code_change_rules", "guidelines", "safety",
                "tool_instructions", "custom_instructions", "runtime_instructions", "last_instructions");
    }

    private static JsonNode systemMessageWire(SystemMessage message) {
        SessionConfig config = SessionConfig.builder().systemMessage(message).build();
        return SessionConfigWire.createParams(config, "s-1", TraceContext.NONE).get("systemMessage");
    }

    /** Compares as the CLI sees it: the text form, parsed again, against the expected JSON. */
    private static void assertWire(JsonNode actual, String expectedJson) {
        JsonNode sent = WireJson.MAPPER.readTree(WireJson.MAPPER.writeValueAsString(actual));
        assertThat(sent).isEqualTo(json(expectedJson));
    }

    private static JsonNode json(String text) {
        return WireJson.MAPPER.readTree(text);
    }

    private static SessionConfig fullConfig() {
        Map<String, McpServerConfig> servers = new LinkedHashMap<>();
        servers.put("files", McpServerConfig.local("npx").args(List.of("-y", "files-server"))
                .env(Map.of("FILES_TOKEN", "env-secret")).workingDirectory("/srv").tools(List.of("read"))
                .timeout(Duration.ofSeconds(5)).build());
        servers.put("remote", McpServerConfig.http("https://mcp.example.com/mcp")
                .headers(Map.of("Authorization", "Bearer header-secret")).tools(List.of())
                .timeout(Duration.ofMillis(1500)).build());
        return SessionConfig.builder()
                .sessionId("s-1")
                .clientName("my-app")
                .model("claude-sonnet-4.5")
                .reasoningEffort(ReasoningEffort.XHIGH)
                .reasoningSummary(ReasoningSummary.CONCISE)
                .enableExperimentalMode(true)
                .contextTier(ContextTier.LONG_CONTEXT)
                .tools(List.of(
                        new ToolDefinition("lookup", "Looks things up",
                                (ObjectNode) json("{\"type\":\"object\",\"properties\":{\"q\":{\"type\":\"string\"}}}"),
                                true, true, ToolDefinition.Defer.NEVER, (ObjectNode) json("{\"owner\":\"me\"}"), true,
                                invocation -> "found"),
                        ToolDefinition.declaration("plain", null, null)))
                .toolTimeout(Duration.ofSeconds(30))
                .handlerTimeout(Duration.ofSeconds(10))
                .systemMessage(SystemMessage.append("Be brief."))
                .toolSearch(new ToolSearchConfig(true, 12))
                .availableTools(List.of("builtin:*", "custom:lookup"))
                .excludedTools(List.of("builtin:bash"))
                .excludedBuiltinAgents(List.of("explore"))
                .provider(ProviderConfig.builder("https://api.example.com/v1")
                        .type(ProviderType.OPENAI)
                        .wireApi(WireApi.RESPONSES)
                        .transport(ProviderTransport.WEBSOCKETS)
                        .apiKey("sk-key")
                        .bearerToken("static-token")
                        .bearerTokenProvider((provider, session) -> "fresh-token")
                        .azureApiVersion("2024-10-21")
                        .headers(Map.of("X-Team", "core"))
                        .modelId("gpt-5")
                        .wireModel("my-deployment")
                        .maxPromptTokens(100_000)
                        .maxOutputTokens(8192)
                        .build())
                .capi(new CapiSessionOptions(false))
                .enableSessionTelemetry(false)
                .enableCitations(true)
                .enableFileChangeTracking(true)
                .sessionLimits(new SessionLimitsConfig(12.5))
                .skipCustomInstructions(true)
                .customAgentsLocalOnly(true)
                .coauthorEnabled(false)
                .manageScheduleEnabled(false)
                .modelCapabilities(ModelCapabilitiesOverride.builder()
                        .supportsVision(true)
                        .supportsReasoningEffort(false)
                        .maxPromptTokens(1000)
                        .maxOutputTokens(200)
                        .maxContextWindowTokens(4000)
                        .visionSupportedMediaTypes(List.of("image/png"))
                        .visionMaxPromptImages(2)
                        .visionMaxPromptImageSize(1_048_576L)
                        .build())
                .largeOutput(new LargeOutputConfig(true, 4096L, "/tmp/out"))
                .onPermissionRequest(PermissionHandler.approveAll())
                .onUserInputRequest(request -> new UserInputResponse("yes", true))
                .onElicitationRequest(request -> new ElicitationResult(ElicitationResult.Action.CANCEL, null))
                .onExitPlanModeRequest(request -> new ExitPlanModeResult(true, null, null))
                .onAutoModeSwitchRequest(request -> AutoModeSwitchResponse.NO)
                .onMcpAuthRequest(request -> McpAuthResult.cancelled())
                .hooks(SessionHooks.builder().onPreToolUse((input, context) -> null).build())
                .onEvent(event -> {
                })
                .commands(List.of(new CommandDefinition("deploy", "Deploys", context -> {
                }), new CommandDefinition("undo", null, context -> {
                })))
                .enableMcpApps(true)
                .githubMcpToolConfig(new GitHubMcpToolConfig(true, List.of("actions"), List.of("get_me"), false, true))
                .workingDirectory("/work")
                .additionalDirectories(List.of("/data"))
                .streaming(true)
                .includeSubAgentStreamingEvents(false)
                .mcpServers(servers)
                .mcpOAuthTokenStorage(StorageMode.IN_MEMORY)
                .embeddingCacheStorage(StorageMode.PERSISTENT)
                .customAgents(List.of(CustomAgentConfig.builder("reviewer", "Review the code.")
                        .displayName("Reviewer")
                        .description("Reviews changes")
                        .tools(List.of("view"))
                        .mcpServers(Map.of("git", McpServerConfig.local("git-mcp").workingDirectory("/repo").build()))
                        .infer(false)
                        .skills(List.of("lint"))
                        .model("gpt-5")
                        .reasoningEffort(ReasoningEffort.LOW)
                        .build()))
                .defaultAgent(new DefaultAgentConfig(List.of("bash")))
                .agent("reviewer")
                .configDirectory("/cfg")
                .enableConfigDiscovery(true)
                .skipEmbeddingRetrieval(true)
                .organizationCustomInstructions("Use British English.")
                .enableOnDemandInstructionDiscovery(false)
                .enableFileHooks(false)
                .enableHostGitOperations(true)
                .enableSessionStore(false)
                .enableSkills(true)
                .skillDirectories(List.of("/skills"))
                .pluginDirectories(List.of("/plugins"))
                .instructionDirectories(List.of())
                .disabledSkills(List.of("old-skill"))
                .disabledMcpServers(List.of("legacy"))
                .infiniteSessions(new InfiniteSessionConfig(true, 0.7, 0.9))
                .memory(new MemoryConfig(false))
                .gitHubToken("gho_sessiontoken")
                .remoteSession(RemoteSessionMode.EXPORT)
                .cloud(new CloudSessionOptions(new CloudSessionOptions.Repository("octo", "demo", "main")))
                .expAssignments(new ExpAssignments(List.of("f1"), Map.of("flight", "v1"),
                        List.of(new ExpAssignments.ConfigEntry("c1", (ObjectNode) json("{\"p\":1}"))), "ctx",
                        json("{\"g\":true}"), 3, "imp"))
                .enableManagedSettings(true)
                .managedSettings(new ManagedSettings(new ManagedSettings.Permissions(true, List.of("Shell(rm *)"),
                        List.of("Write(**)"), List.of("Read(**)"))))
                .canvases(List.of(new CanvasDeclaration("board", "Board", "A board", json("{\"type\":\"object\"}"),
                        List.of(new CanvasDeclaration.Action("clear", "Clears the board", null)))))
                .requestCanvasRenderer(true)
                .requestExtensions(false)
                .extensionSdkPath("/ext/sdk")
                .extensionInfo(new ExtensionInfo("github-app", "boards"))
                .canvasProvider(new CanvasProviderIdentity("app:builtin:1", "Main window"))
                .build();
    }
}
