package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SendOptions;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.SessionErrorEvent;
import io.github.copilot4j.event.SessionModelChangeEvent;
import io.github.copilot4j.input.AutoModeSwitchRequest;
import io.github.copilot4j.input.AutoModeSwitchResponse;
import io.github.copilot4j.config.McpServerConfig;
import io.github.copilot4j.input.ElicitationRequest;
import io.github.copilot4j.input.ElicitationResult;
import io.github.copilot4j.input.ExitPlanModeRequest;
import io.github.copilot4j.input.ExitPlanModeResult;
import io.github.copilot4j.input.UserInputRequest;
import io.github.copilot4j.input.UserInputResponse;
import io.github.copilot4j.internal.wire.WireJson;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelReply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The agent asks the application: {@code ask_user}, leaving plan mode, switching to auto mode, and an MCP server's
 * elicitation.
 */
@CopilotTest
class UserInputIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void theAnswerToAskUserReachesTheModel(CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.toolCall("ask_user",
                        "{\"question\":\"Which colour?\",\"choices\":[\"Red\",\"Blue\"]}"),
                ModelReply.text("Blue it is."));
        List<UserInputRequest> questions = new CopyOnWriteArrayList<>();
        SessionConfig config = SessionConfig.builder()
                .onUserInputRequest(request -> {
                    questions.add(request);
                    return UserInputResponse.freeform("Blue, please");
                })
                .build();
        try (CopilotSession session = client.createSession(config)) {
            assertThat(session.sendAndWait("Ask me for a colour.", TURN_TIMEOUT).orElseThrow().content())
                    .isEqualTo("Blue it is.");

            assertThat(questions).singleElement().satisfies(question -> {
                assertThat(question.sessionId()).isEqualTo(session.sessionId());
                assertThat(question.question()).isEqualTo("Which colour?");
                assertThat(question.choices()).containsExactly("Red", "Blue");
                assertThat(question.allowFreeform()).isTrue();
            });
        }
        assertThat(model.chatRequests().get(0).toolNames()).contains("ask_user");
        assertThat(toolMessage(model, 1)).contains("Blue, please");
    }

    @Test
    void askUserIsOfferedOnlyWithAHandler(CopilotClient client, FakeModelServer model) {
        try (CopilotSession session = client.createSession(SessionConfig.builder().build())) {
            session.sendAndWait("Hello.", TURN_TIMEOUT);
        }
        assertThat(model.chatRequests().get(0).toolNames()).contains("bash").doesNotContain("ask_user");
    }

    @Test
    void theExitPlanModeDecisionReachesTheModel(CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.toolCall("exit_plan_mode", "{\"summary\":\"Add a greeting file\","
                        + "\"actions\":[\"autopilot\",\"interactive\",\"exit_only\"],"
                        + "\"recommendedAction\":\"interactive\"}"),
                ModelReply.text("Starting."));
        List<ExitPlanModeRequest> requests = new CopyOnWriteArrayList<>();
        SessionConfig config = SessionConfig.builder()
                .onExitPlanModeRequest(request -> {
                    requests.add(request);
                    return ExitPlanModeResult.approve("interactive");
                })
                .build();
        SendOptions planMode = SendOptions.builder().agentMode(SendOptions.AgentMode.PLAN).build();
        try (CopilotSession session = client.createSession(config)) {
            assertThat(session.sendAndWait("Plan a greeting file.", planMode, TURN_TIMEOUT).orElseThrow().content())
                    .isEqualTo("Starting.");
        }

        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.summary()).isEqualTo("Add a greeting file");
            assertThat(request.actions()).containsExactly("autopilot", "interactive", "exit_only");
            assertThat(request.recommendedAction()).isEqualTo("interactive");
        });
        assertThat(toolMessage(model, 1)).startsWith("Plan approved!").contains("interactive mode");
    }

    @Test
    void aWeeklyRateLimitOffersTheSwitchToAutoMode() throws Exception {
        FakeModelServer.Builder server = FakeModelServer.builder().models(FakeModelServer.DEFAULT_MODEL, "auto");
        try (CopilotTestEnvironment environment = CopilotTestEnvironment.builder().modelServer(server).build()) {
            environment.modelServer().respondWith(request -> request.model().equals("auto")
                    ? ModelReply.text("Recovered in auto mode.")
                    : ModelReply.httpError(429, "You've reached your weekly rate limit.")
                            .withErrorCode("user_weekly_rate_limited")
                            .withRetryAfter(Duration.ofSeconds(1)));
            List<AutoModeSwitchRequest> offers = new CopyOnWriteArrayList<>();
            CompletableFuture<SessionModelChangeEvent> modelChange = new CompletableFuture<>();
            CompletableFuture<SessionErrorEvent> error = new CompletableFuture<>();
            SessionConfig config = SessionConfig.builder()
                    .onAutoModeSwitchRequest(request -> {
                        offers.add(request);
                        return AutoModeSwitchResponse.YES;
                    })
                    .build();
            CopilotClient client = environment.startClient();
            try (CopilotSession session = client.createSession(config)) {
                session.on(SessionModelChangeEvent.class, modelChange::complete);
                session.on(SessionErrorEvent.class, error::complete);
                session.send("Explain rate limits.");

                assertThat(modelChange.get(60, TimeUnit.SECONDS).newModel()).isEqualTo("auto");
                assertThat(modelChange.get().cause()).isEqualTo("rate_limit_auto_switch");
                assertThat(offers).singleElement().satisfies(offer -> {
                    assertThat(offer.sessionId()).isEqualTo(session.sessionId());
                    assertThat(offer.errorCode()).isEqualTo("user_weekly_rate_limited");
                    assertThat(offer.retryAfterSeconds()).isEqualTo(1.0);
                });
                assertThat(error.getNow(null)).isNotNull()
                        .returns(true, SessionErrorEvent::eligibleForAutoSwitch);
            }
        }
    }

    @Test
    void anMcpServersElicitationIsAnsweredByTheHandler(CopilotClient client, FakeModelServer model) throws Exception {
        try (LoopbackMcpServer mcp = new LoopbackMcpServer(null)) {
            model.enqueue(ModelReply.toolCall("releases-deploy", "{}"), ModelReply.text("Deployed."));
            List<ElicitationRequest> requests = new CopyOnWriteArrayList<>();
            SessionConfig config = SessionConfig.builder()
                    .mcpServers(Map.of("releases", McpServerConfig.http(mcp.mcpUrl()).tools(List.of("*")).build()))
                    .onPermissionRequest(PermissionHandler.approveAll())
                    .onElicitationRequest(request -> {
                        requests.add(request);
                        return ElicitationResult.accept(WireJson.object().put("environment", "staging"));
                    })
                    .build();
            try (CopilotSession session = client.createSession(config)) {
                assertThat(session.sendAndWait("Deploy the app.", TURN_TIMEOUT).orElseThrow().content())
                        .isEqualTo("Deployed.");

                assertThat(requests).singleElement().satisfies(request -> {
                    assertThat(request.sessionId()).isEqualTo(session.sessionId());
                    assertThat(request.message()).isEqualTo(LoopbackMcpServer.ELICITATION_MESSAGE);
                    assertThat(request.mode()).isIn(ElicitationRequest.Mode.FORM, null);
                    assertThat(request.requestedSchema()).isNotNull();
                    assertThat(request.requestedSchema().at("/properties/environment/type").asString())
                            .isEqualTo("string");
                    assertThat(request.elicitationSource()).isEqualTo("releases");
                });
            }
            assertThat(toolMessage(model, 1)).isEqualTo("Deploying to staging");
        }
    }

    /** The content of the tool message in the model request with this index. */
    private static String toolMessage(FakeModelServer model, int request) {
        return model.chatRequests().get(request).messages().stream()
                .filter(message -> message.role().equals("tool"))
                .map(ModelMessage::content)
                .findFirst()
                .orElseThrow();
    }
}
