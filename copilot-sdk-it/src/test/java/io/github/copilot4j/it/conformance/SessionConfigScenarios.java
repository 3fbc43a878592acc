package io.github.copilot4j.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.Attachment;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SendOptions;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.GitHubMcpToolConfig;
import io.github.copilot4j.config.ModelCapabilitiesOverride;
import io.github.copilot4j.config.ProviderConfig;
import io.github.copilot4j.config.ProviderType;
import io.github.copilot4j.config.ReasoningEffort;
import io.github.copilot4j.config.SessionLimitsConfig;
import io.github.copilot4j.config.SystemMessage;
import io.github.copilot4j.event.SessionStartEvent;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelRequest;
import io.github.copilot4j.testkit.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The {@code session_config} recordings: session options reaching the CLI and, through it, the model. */
final class SessionConfigScenarios {

    /** A 1x1 PNG, as the upstream tests attach it. */
    static final String PNG_1X1 =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    private static final String PROVIDER_HEADER = "x-copilot-sdk-provider-header";
    private static final String CLIENT_NAME = "copilot4j-conformance-client";

    private SessionConfigScenarios() {
    }

    static void register(ScenarioRegistry registry) {
        registry.drifted("session_config/should_use_workingdirectory_for_tool_execution.yaml",
                Drift.VIEW_LINE_NUMBERS, replay -> {
                    replay.writeFile("subproject/marker.txt", "I am in the subdirectory");
                    CopilotSession session = replay.createSession(approveAll()
                            .workingDirectory(replay.workDirectory().resolve("subproject").toString()));
                    assertThat(replay.turn(session, replay.prompt())).contains("subdirectory");
                });
        registry.scenario("session_config/should_create_session_with_custom_provider_config.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll()
                    .provider(ProviderConfig.builder("https://api.example.com/v1").apiKey("test-key").build()));
            assertThat(session.sessionId()).matches("[a-f0-9-]+");
            assertThat(replay.chatRequests()).isEmpty();
        });
        registry.drifted("session_config/should_accept_blob_attachments.yaml", Drift.VIEWED_IMAGE_MESSAGE, replay -> {
            Files.write(replay.workDirectory().resolve("pixel.png"), Base64.getDecoder().decode(PNG_1X1));
            CopilotSession session = replay.createSession(approveAll());
            replay.turn(session, "What color is this pixel? Reply in one word.", SendOptions.builder()
                    .attachments(List.of(new Attachment.BlobAttachment(PNG_1X1, "image/png", "pixel.png"))).build());
        });
        registry.drifted("session_config/should_accept_message_attachments.yaml", Drift.VIEW_LINE_NUMBERS,
                replay -> {
                    Path file = replay.writeFile("attached.txt", "This file is attached");
                    CopilotSession session = replay.createSession(approveAll());
                    replay.turn(session, "Summarize the attached file",
                            SendOptions.builder().attachments(List.of(Attachment.file(file))).build());
                });
        registry.scenario("session_config/vision_disabled_then_enabled_via_setmodel.yaml",
                replay -> switchesVisionWithSetModel(replay, false));
        registry.scenario("session_config/vision_enabled_then_disabled_via_setmodel.yaml",
                replay -> switchesVisionWithSetModel(replay, true));
        registry.scenario("session_config/should_apply_session_limits_on_create.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll()
                    .sessionLimits(new SessionLimitsConfig(30.0)));
            replay.turn(session, replay.prompt());
            assertSessionLimits(replay.chatRequests().get(0));
        });
        registry.scenario("session_config/should_apply_session_limits_on_resume.yaml", replay -> {
            CopilotSession first = replay.createSession(approveAll());
            CopilotSession resumed = replay.resumeWhileOpen(replay.client(), first, approveAll()
                    .sessionLimits(new SessionLimitsConfig(30.0)).build());
            replay.turn(resumed, replay.prompt());
            assertSessionLimits(replay.chatRequests().get(0));
        });
        registry.scenario("session_config/should_apply_excluded_built_in_agents_on_create.yaml", replay -> {
            CopilotSession baseline = replay.createSession(approveAll());
            replay.turn(baseline, replay.prompt());
            assertThat(taskAgentTypes(replay.chatRequests().get(0))).contains("explore");
            CopilotSession excluding = replay.createSession(approveAll().excludedBuiltinAgents(List.of("explore")));
            replay.turn(excluding, replay.prompt());
            assertThat(taskAgentTypes(replay.chatRequests().get(1))).isNotEmpty().doesNotContain("explore");
        });
        registry.scenario("session_config/should_apply_excluded_built_in_agents_on_resume.yaml", replay -> {
            CopilotSession first = replay.createSession(approveAll());
            CopilotSession resumed = replay.resumeWhileOpen(replay.client(), first,
                    approveAll().excludedBuiltinAgents(List.of("explore")).build());
            replay.turn(resumed, replay.prompt());
            assertThat(taskAgentTypes(replay.chatRequests().get(0))).isNotEmpty().doesNotContain("explore");
        });
        for (String name : List.of("should_apply_instructiondirectories_on_session_create",
                "should_apply_instructiondirectories_on_create", "should_apply_instruction_directories_on_create")) {
            registry.scenario("session_config/" + name + ".yaml", replay -> instructionDirectories(replay, false));
        }
        for (String name : List.of("should_apply_instructiondirectories_on_session_resume",
                "should_apply_instructiondirectories_on_resume", "should_apply_instruction_directories_on_resume")) {
            registry.scenario("session_config/" + name + ".yaml", replay -> instructionDirectories(replay, true));
        }
        for (String name : List.of("should_forward_clientname_in_user_agent",
                "should_forward_clientname_in_useragent")) {
            registry.scenario("session_config/" + name + ".yaml", replay -> {
                CopilotSession session = replay.createSession(approveAll().clientName(CLIENT_NAME));
                replay.turn(session, replay.prompt());
                assertThat(replay.chatRequests().get(0).httpRequest().header("user-agent")).contains(CLIENT_NAME);
            });
        }
        registry.scenario("session_config/should_forward_custom_provider_headers_on_create.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll().model("claude-sonnet-4.5")
                    .provider(proxyProvider(replay, "create-provider-header").build()));
            assertThat(replay.turn(session, replay.prompt())).contains("2");
            assertProviderHeaders(replay.chatRequests().get(0).httpRequest(), "create-provider-header");
        });
        registry.scenario("session_config/should_forward_custom_provider_headers_on_resume.yaml", replay -> {
            CopilotSession first = replay.createSession(approveAll());
            CopilotSession resumed = replay.resumeWhileOpen(replay.client(), first, approveAll()
                    .model("claude-sonnet-4.5").provider(proxyProvider(replay, "resume-provider-header").build())
                    .build());
            assertThat(replay.turn(resumed, replay.prompt())).contains("4");
            List<ModelRequest> requests = replay.chatRequests();
            assertProviderHeaders(requests.get(requests.size() - 1).httpRequest(), "resume-provider-header");
        });
        registry.scenario("session_config/should_forward_provider_wire_model.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll().model("claude-sonnet-4.5")
                    .provider(ProviderConfig.builder(replay.server().openAiBaseUrl()).type(ProviderType.OPENAI)
                            .apiKey("test-provider-key").wireModel("test-wire-model").maxOutputTokens(1024).build()));
            replay.turn(session, replay.prompt());
            assertThat(replay.chatRequests()).extracting(ModelRequest::model).containsExactly("test-wire-model");
        });
        registry.scenario("session_config/should_use_provider_model_id_as_wire_model.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll()
                    .provider(ProviderConfig.builder(replay.server().openAiBaseUrl()).type(ProviderType.OPENAI)
                            .apiKey("test-provider-key").modelId("claude-sonnet-4.5").build()));
            replay.turn(session, replay.prompt());
            assertThat(replay.chatRequests()).extracting(ModelRequest::model).containsExactly("claude-sonnet-4.5");
        });
        registry.drifted("session_config/should_apply_workingdirectory_on_session_resume.yaml",
                Drift.VIEW_LINE_NUMBERS, replay -> {
                    replay.writeFile("resume-subproject/resume-marker.txt", "I am in the resume working directory");
                    CopilotSession first = replay.createSession(approveAll());
                    CopilotSession resumed = replay.resumeWhileOpen(replay.client(), first, approveAll()
                            .workingDirectory(replay.workDirectory().resolve("resume-subproject").toString()).build());
                    assertThat(replay.turn(resumed, replay.prompt())).contains("resume working directory");
                });
        registry.scenario("session_config/should_apply_systemmessage_on_session_resume.yaml", replay -> {
            String instruction = "End the response with RESUME_SYSTEM_MESSAGE_SENTINEL.";
            CopilotSession first = replay.createSession(approveAll());
            CopilotSession resumed = replay.resumeWhileOpen(replay.client(), first, approveAll()
                    .systemMessage(SystemMessage.append(instruction)).build());
            assertThat(replay.turn(resumed, replay.prompt())).contains("RESUME_SYSTEM_MESSAGE_SENTINEL");
            assertThat(systemPrompt(replay)).contains(instruction);
        });
        registry.scenario("session_config/should_apply_availabletools_on_session_resume.yaml", replay -> {
            CopilotSession first = replay.createSession(approveAll());
            CopilotSession resumed = replay.resumeWhileOpen(replay.client(), first,
                    approveAll().availableTools(List.of("view")).build());
            replay.turn(resumed, replay.prompt());
            assertThat(replay.chatRequests().get(0).toolNames()).containsExactly("view");
        });
        registry.scenario("session_config/should_apply_github_mcp_tool_config_on_create.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll().enableConfigDiscovery(true).enableMcpApps(true)
                    .githubMcpToolConfig(new GitHubMcpToolConfig(true, List.of("actions"), List.of("get_me"), true,
                            true)));
            session.listMcpServers();
            RecordedRequest mcp = Waits.until("the GitHub MCP server is contacted", Duration.ofSeconds(3),
                    () -> replay.server().requests().stream()
                            .filter(request -> request.method().equals("POST") && request.path().equals("/mcp"))
                            .findFirst().orElse(null));
            assertThat(mcp.header("x-mcp-toolsets")).isEqualTo("all");
            assertThat(mcp.header("x-mcp-insiders")).isEqualTo("true");
            assertThat(replay.server().requests()).noneMatch(request -> request.path().equals("/mcp/readonly"));
        });
        registry.scenario("session_config/should_apply_reasoning_effort_on_session_create.yaml", replay -> {
            EventLog events = new EventLog();
            replay.createSession(approveAll().reasoningEffort(ReasoningEffort.HIGH).onEvent(events));
            SessionStartEvent start = Waits.until("session.start", () -> events.of(SessionStartEvent.class).stream()
                    .findFirst().orElse(null));
            assertThat(start.reasoningEffort()).isEqualTo("high");
        });
        registry.scenario("session_config/should_apply_all_reasoning_effort_values_on_session_create.yaml",
                replay -> {
                    for (ReasoningEffort effort : ReasoningEffort.values()) {
                        EventLog events = new EventLog();
                        replay.createSession(approveAll().reasoningEffort(effort).onEvent(events));
                        SessionStartEvent start = Waits.until("session.start", () -> events.of(SessionStartEvent.class)
                                .stream().findFirst().orElse(null));
                        assertThat(start.reasoningEffort()).as("reasoning effort").isEqualTo(effort.wireValue());
                    }
                });
        registry.scenario("session_config/should_use_custom_session_id.yaml", replay -> {
            String id = "copilot4j-custom-session-" + System.nanoTime();
            EventLog events = new EventLog();
            CopilotSession session = replay.createSession(approveAll().sessionId(id).onEvent(events));
            assertThat(session.sessionId()).isEqualTo(id);
            SessionStartEvent start = Waits.until("session.start", () -> events.of(SessionStartEvent.class).stream()
                    .findFirst().orElse(null));
            assertThat(start.sessionId()).isEqualTo(id);
        });
    }

    private static void switchesVisionWithSetModel(Replay replay, boolean visionFirst) throws Exception {
        Files.write(replay.workDirectory().resolve("test.png"), Base64.getDecoder().decode(PNG_1X1));
        String prompt = "Use the view tool to look at the file test.png and describe what you see";
        CopilotSession session = replay.createSession(approveAll().model(replay.recordedModel())
                .modelCapabilities(ModelCapabilitiesOverride.builder().supportsVision(visionFirst).build()));
        replay.send(session, prompt);
        int firstTurnRequests = replay.chatRequests().size();
        assertThat(replay.chatRequests().stream().anyMatch(SessionConfigScenarios::hasImagePart))
                .as("image parts with vision %s", visionFirst ? "on" : "off").isEqualTo(visionFirst);
        session.setModel(replay.recordedModel(), null,
                ModelCapabilitiesOverride.builder().supportsVision(!visionFirst).build());
        replay.send(session, prompt);
        List<ModelRequest> secondTurn = replay.chatRequests().subList(firstTurnRequests, replay.chatRequests().size());
        assertThat(secondTurn.stream().anyMatch(SessionConfigScenarios::hasImagePart))
                .as("image parts after switching vision %s", visionFirst ? "off" : "on").isEqualTo(!visionFirst);
    }

    /** Whether a user message of {@code request} carries an {@code image_url} content part. */
    private static boolean hasImagePart(ModelRequest request) {
        for (JsonNode message : request.json().path("messages")) {
            if (message.path("role").asString("").equals("user") && message.path("content").isArray()) {
                for (JsonNode part : message.path("content")) {
                    if (part.path("type").asString("").equals("image_url")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static SessionConfig.Builder approveAll() {
        return SessionConfig.builder().onPermissionRequest(PermissionHandler.approveAll());
    }

    private static ProviderConfig.Builder proxyProvider(Replay replay, String headerValue) {
        return ProviderConfig.builder(replay.server().openAiBaseUrl()).type(ProviderType.OPENAI)
                .apiKey("test-provider-key").headers(Map.of(PROVIDER_HEADER, headerValue));
    }

    private static void assertProviderHeaders(RecordedRequest request, String headerValue) {
        assertThat(request.header("authorization")).contains("Bearer test-provider-key");
        assertThat(request.header(PROVIDER_HEADER)).contains(headerValue);
    }

    private static void assertSessionLimits(ModelRequest request) {
        assertThat(request.messages()).filteredOn(message -> message.role().equals("user")
                && message.content().contains("<session_limits_status>")).singleElement()
                .extracting(ModelMessage::content).asString()
                .contains("Remaining session limits: 30 AI credits.",
                        "Be frugal; avoid optional exploration and unnecessary tool calls.");
    }

    private static List<String> taskAgentTypes(ModelRequest request) {
        List<String> types = new ArrayList<>();
        for (JsonNode tool : request.json().path("tools").values()) {
            if (tool.path("function").path("name").asString("").equals("task")) {
                tool.path("function").path("parameters").path("properties").path("agent_type").path("enum").values()
                        .forEach(value -> types.add(value.asString()));
            }
        }
        return types;
    }

    static String systemPrompt(Replay replay) {
        List<ModelRequest> requests = replay.chatRequests();
        assertThat(requests).isNotEmpty();
        return requests.get(requests.size() - 1).messages().stream().filter(m -> m.role().equals("system"))
                .map(ModelMessage::content).findFirst().orElse("");
    }

    private static void instructionDirectories(Replay replay, boolean onResume) throws Exception {
        String sentinel = "COPILOT4J_INSTRUCTION_DIRECTORIES_SENTINEL";
        Path project = Files.createDirectories(replay.workDirectory().resolve("instruction-project"));
        Path instructions = replay.workDirectory().resolve("extra-instructions");
        replay.writeFile("extra-instructions/.github/instructions/extra.instructions.md",
                "Always include " + sentinel + ".");
        SessionConfig.Builder config = approveAll().workingDirectory(project.toString())
                .instructionDirectories(List.of(instructions.toString()));
        CopilotSession session;
        if (onResume) {
            CopilotSession first = replay.createSession(approveAll().workingDirectory(project.toString()));
            session = replay.resumeWhileOpen(replay.client(), first, config.build());
        } else {
            session = replay.createSession(config);
        }
        replay.turn(session, replay.prompt());
        assertThat(systemPrompt(replay)).contains(sentinel);
    }
}
