package io.github.copilot4j.internal.session;

import static io.github.copilot4j.internal.session.RequestRecordingChannel.event;
import static io.github.copilot4j.internal.session.RequestRecordingChannel.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.mcp.McpAuthHandler;
import io.github.copilot4j.mcp.McpAuthRequest;
import io.github.copilot4j.mcp.McpAuthResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class McpAuthFeatureTests {

    private static final SessionEvent OAUTH_REQUIRED = event("mcp.oauth_required", """
            {"requestId": "oauth-1", "serverName": "tracker", "serverUrl": "http://127.0.0.1:9/mcp",
             "reason": "initial",
             "wwwAuthenticateParams": {"resourceMetadataUrl": "http://127.0.0.1:9/.well-known/oauth-protected-resource",
                                       "scope": "mcp.read", "error": "invalid_token"},
             "resourceMetadata": "{\\"resource\\":\\"http://127.0.0.1:9/mcp\\"}",
             "staticClientConfig": {"clientId": "sdk-client", "clientSecret": "client-secret-value",
                                    "publicClient": false},
             "httpResponse": {"statusCode": 401, "headers": []}}""");

    private final RequestRecordingChannel channel = new RequestRecordingChannel();

    @Test
    void answersWithTheToken() {
        List<McpAuthRequest> requests = new CopyOnWriteArrayList<>();
        feature(request -> {
            requests.add(request);
            return new McpAuthResult.Token("access-token-value", "Bearer", 3600L);
        }).onEvent(OAUTH_REQUIRED, channel);

        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.sessionId()).isEqualTo("session-1");
            assertThat(request.serverName()).isEqualTo("tracker");
            assertThat(request.serverUrl()).isEqualTo("http://127.0.0.1:9/mcp");
            assertThat(request.reason()).isEqualTo("initial");
            assertThat(request.challenge()).isEqualTo(new McpAuthRequest.Challenge(
                    "http://127.0.0.1:9/.well-known/oauth-protected-resource", "mcp.read", "invalid_token"));
            assertThat(request.resourceMetadata()).isEqualTo("{\"resource\":\"http://127.0.0.1:9/mcp\"}");
            assertThat(request.staticClient()).isEqualTo(
                    new McpAuthRequest.StaticClient("sdk-client", "client-secret-value", null, false));
            assertThat(request.details().at("/httpResponse/statusCode").asInt()).isEqualTo(401);
            assertThat(request.toString()).contains("tracker", "sdk-client")
                    .doesNotContain("client-secret-value");
        });
        assertThat(channel.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.method()).isEqualTo("session.mcp.oauth.handlePendingRequest");
            assertThat(sent.params().get("requestId").asString()).isEqualTo("oauth-1");
            JsonNode result = sent.params().get("result");
            assertThat(result.get("kind").asString()).isEqualTo("token");
            assertThat(result.get("accessToken").asString()).isEqualTo("access-token-value");
            assertThat(result.get("tokenType").asString()).isEqualTo("Bearer");
            assertThat(result.get("expiresIn").asLong()).isEqualTo(3600L);
            assertThat(result.size()).isEqualTo(4);
        });
    }

    @Test
    void cancellationIsSent() {
        feature(request -> McpAuthResult.cancelled()).onEvent(OAUTH_REQUIRED, channel);

        assertThat(channel.sent()).singleElement()
                .satisfies(sent -> assertThat(sent.params().get("result")).isEqualTo(json(
                        "{\"kind\": \"cancelled\"}")));
    }

    @Test
    void aThrowingHandlerCancels() {
        feature(request -> {
            throw new IllegalStateException("login failed");
        }).onEvent(OAUTH_REQUIRED, channel);

        assertThat(channel.sent()).extracting(sent -> sent.params().at("/result/kind").asString())
                .containsExactly("cancelled");
    }

    @Test
    void aRefusedTokenIsFollowedByACancel() {
        channel.refuse(sent -> sent.params().at("/result/kind").asString().equals("token"));

        feature(request -> McpAuthResult.token("access-token-value")).onEvent(OAUTH_REQUIRED, channel);

        assertThat(channel.sent()).extracting(sent -> sent.params().at("/result/kind").asString())
                .containsExactly("token", "cancelled");
    }

    @Test
    void aMalformedRequestIsCancelledWithoutAskingTheHandler() {
        List<McpAuthRequest> requests = new CopyOnWriteArrayList<>();
        feature(request -> {
            requests.add(request);
            return McpAuthResult.token("t");
        }).onEvent(event("mcp.oauth_required",
                "{\"requestId\": \"oauth-2\", \"serverName\": 7, \"serverUrl\": \"u\", \"reason\": \"initial\"}"),
                channel);

        assertThat(requests).isEmpty();
        assertThat(channel.sent()).extracting(sent -> sent.params().at("/result/kind").asString())
                .containsExactly("cancelled");
    }

    @Test
    void isPresentOnlyWithAHandler() {
        assertThat(McpAuthFeature.forConfig(SessionConfig.defaults())).isEmpty();
    }

    private static McpAuthFeature feature(McpAuthHandler handler) {
        return new McpAuthFeature(handler);
    }
}
