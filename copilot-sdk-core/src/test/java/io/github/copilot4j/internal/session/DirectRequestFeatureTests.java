package io.github.copilot4j.internal.session;

import static io.github.copilot4j.internal.session.RequestRecordingChannel.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.NamedProviderConfig;
import io.github.copilot4j.config.ProviderConfig;
import io.github.copilot4j.input.AutoModeSwitchRequest;
import io.github.copilot4j.input.AutoModeSwitchResponse;
import io.github.copilot4j.input.ExitPlanModeRequest;
import io.github.copilot4j.input.ExitPlanModeResult;
import io.github.copilot4j.input.UserInputRequest;
import io.github.copilot4j.input.UserInputResponse;
import io.github.copilot4j.internal.wire.HandlerWire;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DirectRequestFeatureTests {

    private final RequestRecordingChannel channel = new RequestRecordingChannel();

    @Test
    void answersUserInputWithTheHandlersAnswer() throws Exception {
        List<UserInputRequest> requests = new CopyOnWriteArrayList<>();
        SessionFeature feature = DirectRequestFeature.userInput(SessionConfig.builder()
                .onUserInputRequest(request -> {
                    requests.add(request);
                    return UserInputResponse.choice("Blue");
                })
                .build()).orElseThrow();

        JsonNode answer = answer(feature, "userInput.request",
                "{\"sessionId\": \"session-1\", \"question\": \"Colour?\", \"choices\": [\"Red\", \"Blue\"]}");

        assertThat(answer).isEqualTo(json("{\"answer\": \"Blue\", \"wasFreeform\": false}"));
        assertThat(requests).containsExactly(
                new UserInputRequest("session-1", "Colour?", List.of("Red", "Blue"), true));
        assertThat(channel.sent()).isEmpty();
    }

    @Test
    void aFailingUserInputHandlerAnswersWithAnError() {
        SessionFeature feature = DirectRequestFeature.userInput(SessionConfig.builder()
                .onUserInputRequest(request -> {
                    throw new IllegalStateException("The user left");
                })
                .build()).orElseThrow();

        assertThatThrownBy(() -> answer(feature, "userInput.request", "{\"question\": \"Colour?\"}"))
                .hasCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("The user left");
    }

    @Test
    void aNullAnswerIsAnError() {
        SessionFeature feature = DirectRequestFeature.userInput(SessionConfig.builder()
                .onUserInputRequest(request -> null)
                .build()).orElseThrow();

        assertThatThrownBy(() -> answer(feature, "userInput.request", "{\"question\": \"Colour?\"}"))
                .hasRootCauseMessage("UserInputHandler returned null");
    }

    @Test
    void leavesOtherMethodsToOtherFeatures() {
        SessionFeature feature = DirectRequestFeature.userInput(SessionConfig.builder()
                .onUserInputRequest(request -> UserInputResponse.freeform("x"))
                .build()).orElseThrow();

        assertThat(feature.onRequest("hooks.invoke", json("{}"), channel)).isNull();
    }

    @Test
    void answersExitPlanModeWithTheDecision() throws Exception {
        List<ExitPlanModeRequest> requests = new CopyOnWriteArrayList<>();
        SessionFeature feature = DirectRequestFeature.exitPlanMode(SessionConfig.builder()
                .onExitPlanModeRequest(request -> {
                    requests.add(request);
                    return ExitPlanModeResult.reject("Add tests first");
                })
                .build()).orElseThrow();

        JsonNode answer = answer(feature, "exitPlanMode.request", """
                {"summary": "Plan", "planContent": "# Plan", "actions": ["autopilot", "interactive"],
                 "recommendedAction": "interactive"}""");

        assertThat(answer).isEqualTo(json("{\"approved\": false, \"feedback\": \"Add tests first\"}"));
        assertThat(requests).containsExactly(new ExitPlanModeRequest("session-1", "Plan", "# Plan",
                List.of("autopilot", "interactive"), "interactive"));
        assertThat(HandlerWire.exitPlanModeResult(ExitPlanModeResult.approve("autopilot")))
                .isEqualTo(json("{\"approved\": true, \"selectedAction\": \"autopilot\"}"));
    }

    @Test
    void answersAutoModeSwitchWithTheResponse() throws Exception {
        List<AutoModeSwitchRequest> requests = new CopyOnWriteArrayList<>();
        SessionFeature feature = DirectRequestFeature.autoModeSwitch(SessionConfig.builder()
                .onAutoModeSwitchRequest(request -> {
                    requests.add(request);
                    return AutoModeSwitchResponse.YES_ALWAYS;
                })
                .build()).orElseThrow();

        JsonNode answer = answer(feature, "autoModeSwitch.request",
                "{\"errorCode\": \"user_weekly_rate_limited\", \"retryAfterSeconds\": 1}");

        assertThat(answer).isEqualTo(json("{\"response\": \"yes_always\"}"));
        assertThat(requests).containsExactly(
                new AutoModeSwitchRequest("session-1", "user_weekly_rate_limited", 1.0));
    }

    @Test
    void answersProviderTokenRequestsPerProvider() throws Exception {
        ProviderConfig single = ProviderConfig.builder("http://localhost:1/v1")
                .bearerTokenProvider((providerName, sessionId) -> "single-" + providerName + "-" + sessionId)
                .build();
        ProviderConfig named = ProviderConfig.builder("http://localhost:2/v1")
                .bearerTokenProvider((providerName, sessionId) -> "named-" + providerName)
                .build();
        ProviderConfig withKey = ProviderConfig.builder("http://localhost:3/v1").apiKey("key").build();
        SessionFeature forSingle = DirectRequestFeature.providerToken(SessionConfig.builder()
                .provider(single)
                .build()).orElseThrow();
        SessionFeature forNamed = DirectRequestFeature.providerToken(SessionConfig.builder()
                .providers(List.of(new NamedProviderConfig("azure", named), new NamedProviderConfig("local", withKey)))
                .build()).orElseThrow();

        assertThat(answer(forSingle, "providerToken.getToken", "{\"providerName\": \"default\"}"))
                .isEqualTo(json("{\"token\": \"single-default-session-1\"}"));
        assertThat(answer(forNamed, "providerToken.getToken", "{\"providerName\": \"azure\"}"))
                .isEqualTo(json("{\"token\": \"named-azure\"}"));
        assertThatThrownBy(() -> answer(forNamed, "providerToken.getToken", "{\"providerName\": \"local\"}"))
                .hasRootCauseMessage("No bearer token provider for provider 'local'");
    }

    @Test
    void aBlankTokenIsAnError() {
        SessionFeature feature = DirectRequestFeature.providerToken(SessionConfig.builder()
                .provider(ProviderConfig.builder("http://localhost:1/v1")
                        .bearerTokenProvider((providerName, sessionId) -> " ")
                        .build())
                .build()).orElseThrow();

        assertThatThrownBy(() -> answer(feature, "providerToken.getToken", "{\"providerName\": \"default\"}"))
                .hasRootCauseMessage("The bearer token provider for provider 'default' returned no token");
    }

    @Test
    void eachFeatureIsPresentOnlyWhenConfigured() {
        SessionConfig none = SessionConfig.builder()
                .provider(ProviderConfig.builder("http://localhost:1/v1").apiKey("key").build())
                .build();

        assertThat(DirectRequestFeature.userInput(none)).isEmpty();
        assertThat(DirectRequestFeature.exitPlanMode(none)).isEmpty();
        assertThat(DirectRequestFeature.autoModeSwitch(none)).isEmpty();
        assertThat(DirectRequestFeature.providerToken(none)).isEmpty();
    }

    private JsonNode answer(SessionFeature feature, String method, String params) throws Exception {
        CompletableFuture<?> answer = feature.onRequest(method, json(params), channel);
        assertThat(answer).isNotNull();
        return (JsonNode) answer.get();
    }
}
