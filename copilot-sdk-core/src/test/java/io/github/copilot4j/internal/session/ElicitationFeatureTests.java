package io.github.copilot4j.internal.session;

import static io.github.copilot4j.internal.session.RequestRecordingChannel.event;
import static io.github.copilot4j.internal.session.RequestRecordingChannel.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.input.ElicitationHandler;
import io.github.copilot4j.input.ElicitationRequest;
import io.github.copilot4j.input.ElicitationResult;
import io.github.copilot4j.internal.wire.WireJson;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ElicitationFeatureTests {

    private static final SessionEvent FORM_REQUEST = event("elicitation.requested", """
            {"requestId": "el-1", "message": "Which environment?", "mode": "form",
             "requestedSchema": {"type": "object", "properties": {"env": {"type": "string"}}},
             "elicitationSource": "deploy-server"}""");

    private final RequestRecordingChannel channel = new RequestRecordingChannel();

    @Test
    void sendsTheAcceptedContent() {
        List<ElicitationRequest> requests = new CopyOnWriteArrayList<>();
        feature(request -> {
            requests.add(request);
            return ElicitationResult.accept(WireJson.object().put("env", "staging"));
        }).onEvent(FORM_REQUEST, channel);

        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.sessionId()).isEqualTo("session-1");
            assertThat(request.message()).isEqualTo("Which environment?");
            assertThat(request.mode()).isEqualTo(ElicitationRequest.Mode.FORM);
            assertThat(request.requestedSchema()).isEqualTo(json(
                    "{\"type\": \"object\", \"properties\": {\"env\": {\"type\": \"string\"}}}"));
            assertThat(request.elicitationSource()).isEqualTo("deploy-server");
            assertThat(request.url()).isNull();
        });
        assertThat(channel.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.method()).isEqualTo("session.ui.handlePendingElicitation");
            assertThat(sent.params()).isEqualTo(json("""
                    {"requestId": "el-1", "sessionId": "session-1",
                     "result": {"action": "accept", "content": {"env": "staging"}}}"""));
        });
    }

    @Test
    void declineSendsNoContent() {
        feature(request -> ElicitationResult.decline()).onEvent(FORM_REQUEST, channel);

        assertThat(channel.sent()).singleElement()
                .satisfies(sent -> assertThat(sent.params().get("result")).isEqualTo(json(
                        "{\"action\": \"decline\"}")));
    }

    @Test
    void aThrowingHandlerCancels() {
        feature(request -> {
            throw new IllegalStateException("no UI");
        }).onEvent(FORM_REQUEST, channel);

        assertThat(channel.sent()).extracting(sent -> sent.params().at("/result/action").asString())
                .containsExactly("cancel");
    }

    @Test
    void aNullResultCancels() {
        feature(request -> null).onEvent(FORM_REQUEST, channel);

        assertThat(channel.sent()).extracting(sent -> sent.params().at("/result/action").asString())
                .containsExactly("cancel");
    }

    @Test
    void aResultTheCliRefusesIsFollowedByACancel() {
        channel.refuse(sent -> sent.params().at("/result/action").asString().equals("accept"));

        feature(request -> ElicitationResult.accept(WireJson.object().put("env", 3)))
                .onEvent(FORM_REQUEST, channel);

        assertThat(channel.sent()).extracting(sent -> sent.params().at("/result/action").asString())
                .containsExactly("accept", "cancel");
    }

    @Test
    void readsUrlModeAndIgnoresUnknownModes() {
        List<ElicitationRequest> requests = new CopyOnWriteArrayList<>();
        ElicitationFeature feature = feature(request -> {
            requests.add(request);
            return ElicitationResult.cancel();
        });

        feature.onEvent(event("elicitation.requested", """
                {"requestId": "el-2", "message": "Sign in", "mode": "url", "url": "https://example.com/login"}"""),
                channel);
        feature.onEvent(event("elicitation.requested",
                "{\"requestId\": \"el-3\", \"message\": \"?\", \"mode\": \"hologram\"}"), channel);

        assertThat(requests).extracting(ElicitationRequest::mode).containsExactly(ElicitationRequest.Mode.URL, null);
        assertThat(requests.get(0).url()).isEqualTo("https://example.com/login");
    }

    @Test
    void isPresentOnlyWithAHandler() {
        assertThat(ElicitationFeature.forConfig(SessionConfig.defaults())).isEmpty();
        assertThat(ElicitationFeature.forConfig(SessionConfig.builder()
                .onElicitationRequest(request -> ElicitationResult.cancel()).build())).isPresent();
    }

    private static ElicitationFeature feature(ElicitationHandler handler) {
        return new ElicitationFeature(handler);
    }
}
