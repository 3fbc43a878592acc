package io.github.copilot4j.internal.session;

import static io.github.copilot4j.internal.session.RequestRecordingChannel.event;
import static io.github.copilot4j.internal.session.RequestRecordingChannel.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.input.AutoModeSwitchResponse;
import org.junit.jupiter.api.Test;

class AutoModeSwitchDeclinerTests {

    private final RequestRecordingChannel channel = new RequestRecordingChannel();

    @Test
    void declinesTheSwitchOfferedAfterARateLimit() {
        SessionFeature decliner = AutoModeSwitchDecliner.forConfig(SessionConfig.defaults()).orElseThrow();

        decliner.onEvent(event("auto_mode_switch.requested",
                "{\"requestId\": \"switch-1\", \"errorCode\": \"rate_limited\", \"retryAfterSeconds\": 1}"), channel);

        assertThat(channel.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.method()).isEqualTo("session.ui.handlePendingAutoModeSwitch");
            assertThat(sent.params()).isEqualTo(json(
                    "{\"requestId\": \"switch-1\", \"response\": \"no\", \"sessionId\": \"session-1\"}"));
        });
    }

    @Test
    void leavesOtherEventsAndRequestsWithoutAnIdAlone() {
        SessionFeature decliner = AutoModeSwitchDecliner.forConfig(SessionConfig.defaults()).orElseThrow();

        decliner.onEvent(event("auto_mode_switch.completed", "{\"requestId\": \"switch-1\", \"response\": \"no\"}"),
                channel);
        decliner.onEvent(event("auto_mode_switch.requested", "{}"), channel);

        assertThat(channel.sent()).isEmpty();
    }

    @Test
    void aSessionWithItsOwnHandlerDecidesItself() {
        SessionConfig config = SessionConfig.builder()
                .onAutoModeSwitchRequest(request -> AutoModeSwitchResponse.YES).build();

        assertThat(AutoModeSwitchDecliner.forConfig(config)).isEmpty();
    }
}
