package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotConnectionException;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.ResumeSessionConfig;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.SessionMetadata;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.UserMessageEvent;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelReply;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Creating, resuming, listing and deleting sessions with the real CLI. */
@CopilotTest
class SessionLifecycleIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void resumesASessionByIdAfterDisconnecting(CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.text("2"), ModelReply.text("Yes, I remember: 2."));
        CopilotSession first = client.createSession(SessionConfig.builder().build());
        String sessionId = first.sessionId();
        assertThat(first.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("2");
        assertThat(first.workspacePath()).isPresent();
        first.disconnect();
        first.disconnect();
        assertThat(first.isConnected()).isFalse();
        assertThatThrownBy(() -> first.send("Still there?")).isInstanceOf(CopilotConnectionException.class);

        try (CopilotSession resumed = client.resumeSession(sessionId, ResumeSessionConfig.builder().build())) {
            assertThat(resumed.sessionId()).isEqualTo(sessionId);
            List<SessionEvent> history = resumed.getMessages();
            assertThat(history).filteredOn(UserMessageEvent.class::isInstance).hasSize(1);
            assertThat(history).filteredOn(AssistantMessageEvent.class::isInstance)
                    .extracting(event -> ((AssistantMessageEvent) event).content()).contains("2");

            AssistantMessageEvent answer = resumed.sendAndWait("Do you remember?", TURN_TIMEOUT).orElseThrow();
            assertThat(answer.content()).isEqualTo("Yes, I remember: 2.");
        }
        List<String> roles = model.chatRequests().get(1).messages().stream().map(ModelMessage::role)
                .filter(role -> !role.equals("system")).collect(Collectors.toList());
        assertThat(roles).containsExactly("user", "assistant", "user");
    }

    @Test
    void listsFindsAndDeletesSessionsAndKnowsTheLastOne(CopilotClient client) {
        String firstId;
        String secondId;
        try (CopilotSession first = client.createSession(SessionConfig.builder().build());
                CopilotSession second = client.createSession(SessionConfig.builder().build())) {
            firstId = first.sessionId();
            secondId = second.sessionId();
            first.sendAndWait("What is 1+1?", TURN_TIMEOUT);
            second.sendAndWait("What is 1+1?", TURN_TIMEOUT);
        }

        assertThat(client.listSessions()).extracting(SessionMetadata::sessionId).contains(firstId, secondId);
        SessionMetadata metadata = client.getSessionMetadata(firstId).orElseThrow();
        assertThat(metadata.sessionId()).isEqualTo(firstId);
        assertThat(metadata.modifiedTime()).isAfterOrEqualTo(metadata.startTime());
        assertThat(client.getLastSessionId()).hasValueSatisfying(id -> assertThat(id).isIn(firstId, secondId));

        client.deleteSession(firstId);

        assertThat(client.listSessions()).extracting(SessionMetadata::sessionId)
                .doesNotContain(firstId).contains(secondId);
        assertThat(client.getSessionMetadata(firstId)).isEmpty();
    }

    @Test
    void reportsStatusAuthenticationAndModels(CopilotClient client) {
        assertThat(client.getStatus().version()).isEqualTo("1.0.102");
        assertThat(client.getStatus().protocolVersion()).isEqualTo(CopilotClient.PROTOCOL_VERSION);
        assertThat(client.cliVersion()).hasValue("1.0.102");
        assertThat(client.getAuthStatus().authenticated()).isTrue();
        assertThat(client.listModels()).extracting(model -> model.id()).contains(FakeModelServer.DEFAULT_MODEL);
        assertThat(client.listModels()).isSameAs(client.listModels());
    }
}
