package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SendOptions;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.SessionErrorException;
import io.github.copilot4j.config.ProviderConfig;
import io.github.copilot4j.config.ProviderType;
import io.github.copilot4j.config.ReasoningEffort;
import io.github.copilot4j.config.WireApi;
import io.github.copilot4j.event.SessionModelChangeEvent;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelRequest;
import io.github.copilot4j.testkit.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bring-your-own-key providers: the model requests go where the {@link ProviderConfig} says, in its API's format,
 * with its credentials and headers; provider updates, per-turn headers, reasoning effort and model switches apply to
 * the next request. The fake model server speaks OpenAI chat completions only: Anthropic and Responses API turns are
 * checked up to the request that reached it.
 */
@CopilotTest
class ByokProvidersIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);
    private static final String API_KEY = "byok-api-key";

    @Test
    void anOpenAiProviderGetsTheApiKeyAndHeadersOnTheChatCompletionsPath(CopilotClient client,
            FakeModelServer model) {
        ProviderConfig provider = ProviderConfig.builder(model.openAiBaseUrl()).type(ProviderType.OPENAI)
                .apiKey(API_KEY).headers(Map.of("X-Tenant", "acme")).build();

        try (CopilotSession session = client.createSession(sessionOn(provider, "gpt-4.1"))) {
            assertThat(session.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("2");
        }

        ModelRequest request = model.chatRequests().get(0);
        assertThat(request.httpRequest().path()).isEqualTo("/v1/chat/completions");
        assertThat(request.httpRequest().header("Authorization")).isEqualTo("Bearer " + API_KEY);
        assertThat(request.httpRequest().header("X-Tenant")).isEqualTo("acme");
        assertThat(request.model()).isEqualTo("gpt-4.1");
    }

    @Test
    void aBearerTokenIsSentAsTheAuthorization(CopilotClient client, FakeModelServer model) {
        ProviderConfig provider = ProviderConfig.builder(model.openAiBaseUrl()).type(ProviderType.OPENAI)
                .bearerToken("static-bearer-token").build();

        try (CopilotSession session = client.createSession(sessionOn(provider, "gpt-4.1"))) {
            session.sendAndWait("What is 1+1?", TURN_TIMEOUT);
        }

        assertThat(model.chatRequests().get(0).httpRequest().header("Authorization"))
                .isEqualTo("Bearer static-bearer-token");
    }

    @Test
    void azureUsesTheDeploymentRouteForAnApiVersionAndTheV1RouteOtherwiseWithTheApiKeyHeader(CopilotClient client,
            FakeModelServer model) {
        ProviderConfig versioned = ProviderConfig.builder(model.baseUrl()).type(ProviderType.AZURE).apiKey(API_KEY)
                .azureApiVersion("2024-10-21").build();
        ProviderConfig generallyAvailable = versioned.toBuilder().azureApiVersion(null).build();

        for (ProviderConfig provider : List.of(versioned, generallyAvailable)) {
            try (CopilotSession session = client.createSession(sessionOn(provider, "gpt-4.1"))) {
                assertThat(session.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("2");
            }
        }

        List<ModelRequest> requests = model.chatRequests();
        assertThat(requests).extracting(request -> request.httpRequest().path()).containsExactly(
                "/openai/deployments/gpt-4.1/chat/completions", "/openai/v1/chat/completions");
        assertThat(requests.get(0).httpRequest().query()).isEqualTo("api-version=2024-10-21");
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.httpRequest().header("api-key")).isEqualTo(API_KEY);
            assertThat(request.httpRequest().header("Authorization")).isNull();
        });
    }

    @Test
    void anAnthropicProviderPostsToMessagesWithTheApiKeyHeader(CopilotClient client, FakeModelServer model) {
        ProviderConfig provider = ProviderConfig.builder(model.baseUrl()).type(ProviderType.ANTHROPIC).apiKey(API_KEY)
                .build();

        try (CopilotSession session = client.createSession(sessionOn(provider, "claude-sonnet-4.5"))) {
            assertThatThrownBy(() -> session.sendAndWait("Hello", TURN_TIMEOUT))
                    .isInstanceOf(SessionErrorException.class).hasMessageContaining("HTTP 404");
        }

        RecordedRequest request = onlyRequestTo(model, "/v1/messages");
        assertThat(request.header("x-api-key")).isEqualTo(API_KEY);
        assertThat(request.header("anthropic-version")).isNotBlank();
        assertThat(request.header("Authorization")).isNull();
        JsonNode body = request.json();
        assertThat(body.path("model").asString()).isEqualTo("claude-sonnet-4.5");
        assertThat(body.path("system").isMissingNode()).isFalse();
        assertThat(body.path("messages").isArray()).isTrue();
    }

    @Test
    void theResponsesWireApiPostsToResponsesWithTheReasoningEffort(CopilotClient client, FakeModelServer model) {
        ProviderConfig provider = ProviderConfig.builder(model.openAiBaseUrl()).type(ProviderType.OPENAI)
                .wireApi(WireApi.RESPONSES).apiKey(API_KEY).build();
        SessionConfig config = sessionOn(provider, "gpt-5").toBuilder().reasoningEffort(ReasoningEffort.HIGH).build();

        try (CopilotSession session = client.createSession(config)) {
            assertThatThrownBy(() -> session.sendAndWait("Hello", TURN_TIMEOUT))
                    .isInstanceOf(SessionErrorException.class).hasMessageContaining("HTTP 404");
        }

        RecordedRequest request = onlyRequestTo(model, "/v1/responses");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + API_KEY);
        JsonNode body = request.json();
        assertThat(body.path("model").asString()).isEqualTo("gpt-5");
        assertThat(body.path("reasoning").path("effort").asString()).isEqualTo("high");
        assertThat(body.path("input").isArray()).isTrue();
    }

    @Test
    void anUpdatedProviderAndPerTurnHeadersApplyFromTheNextRequest(CopilotClient client, FakeModelServer model) {
        ProviderConfig provider = ProviderConfig.builder(model.openAiBaseUrl()).type(ProviderType.OPENAI)
                .apiKey("first-key").build();

        try (CopilotSession session = client.createSession(sessionOn(provider, "gpt-4.1"))) {
            session.sendAndWait("First", SendOptions.builder().requestHeaders(Map.of("X-Turn", "first")).build(),
                    TURN_TIMEOUT);
            session.updateProvider(provider.toBuilder().apiKey("second-key").headers(Map.of("X-Tenant", "acme"))
                    .build());
            session.sendAndWait("Second", SendOptions.builder().requestHeaders(Map.of("X-Turn", "second")).build(),
                    TURN_TIMEOUT);
            session.sendAndWait("Third", TURN_TIMEOUT);
        }

        List<RecordedRequest> requests = model.chatRequests().stream().map(ModelRequest::httpRequest).toList();
        assertThat(requests).extracting(request -> request.header("Authorization"))
                .containsExactly("Bearer first-key", "Bearer second-key", "Bearer second-key");
        assertThat(requests).extracting(request -> request.header("X-Tenant")).containsExactly(null, "acme", "acme");
        assertThat(requests).extracting(request -> request.header("X-Turn")).containsExactly("first", "second", null);
    }

    @Test
    void theReasoningEffortAndModelSwitchesChangeTheNextRequest(CopilotClient client, FakeModelServer model) {
        ProviderConfig provider = ProviderConfig.builder(model.openAiBaseUrl()).type(ProviderType.OPENAI)
                .apiKey(API_KEY).build();
        List<SessionModelChangeEvent> changes = new CopyOnWriteArrayList<>();
        SessionConfig config = sessionOn(provider, "gpt-5").toBuilder().reasoningEffort(ReasoningEffort.HIGH)
                .onEvent(event -> {
                    if (event instanceof SessionModelChangeEvent change) {
                        changes.add(change);
                    }
                })
                .build();

        try (CopilotSession session = client.createSession(config)) {
            session.sendAndWait("First", TURN_TIMEOUT);
            session.setModel("gpt-4.1", null);
            session.sendAndWait("Second", TURN_TIMEOUT);
            session.setModel("o3", ReasoningEffort.LOW);
            session.sendAndWait("Third", TURN_TIMEOUT);
        }

        List<ModelRequest> requests = model.chatRequests();
        assertThat(requests).extracting(ModelRequest::model).containsExactly("gpt-5", "gpt-4.1", "o3");
        // A switch without an effort keeps the session's effort.
        assertThat(requests).extracting(request -> request.json().path("reasoning_effort").asString(null))
                .containsExactly("high", "high", "low");
        assertThat(changes).extracting(SessionModelChangeEvent::newModel).containsSubsequence("gpt-4.1", "o3");
    }

    private static SessionConfig sessionOn(ProviderConfig provider, String model) {
        return SessionConfig.builder().model(model).provider(provider).build();
    }

    /** The one request that reached {@code path}: a turn the fake server cannot answer is not retried. */
    private static RecordedRequest onlyRequestTo(FakeModelServer model, String path) {
        List<RecordedRequest> requests = model.requests().stream().filter(request -> request.path().equals(path))
                .toList();
        assertThat(requests).as("requests to " + path + " among " + model.requests()).hasSize(1);
        return requests.get(0);
    }
}
