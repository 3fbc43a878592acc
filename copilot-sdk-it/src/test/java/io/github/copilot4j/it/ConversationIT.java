package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.AssistantMessageDeltaEvent;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelReply;
import io.github.copilot4j.testkit.ModelRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Whole turns through the real CLI against the fake model server. */
@CopilotTest
class ConversationIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void answersAQuestionWithoutStreaming(CopilotClient client, FakeModelServer model) {
        List<SessionEvent> events = new CopyOnWriteArrayList<>();
        try (CopilotSession session = client.createSession(SessionConfig.builder().onEvent(events::add).build())) {
            AssistantMessageEvent answer = session.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow();

            assertThat(answer.content()).isEqualTo("2");
            assertThat(events).anyMatch(SessionIdleEvent.class::isInstance);
            assertThat(events).noneMatch(AssistantMessageDeltaEvent.class::isInstance);
            ModelRequest request = model.chatRequests().get(0);
            assertThat(request.lastUserMessage()).isEqualTo("What is 1+1?");
            assertThat(request.stream()).isFalse();
        }
    }

    @Test
    void streamsDeltasThatConcatenateToTheMessage(CopilotTestEnvironment environment, CopilotClient client) {
        environment.modelServer().enqueue(ModelReply.text("The answer is 2, as 1 plus 1 makes two."));
        List<SessionEvent> events = new CopyOnWriteArrayList<>();
        SessionConfig config = SessionConfig.builder().streaming(true).onEvent(events::add).build();
        try (CopilotSession session = client.createSession(config)) {
            AssistantMessageEvent answer = session.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow();

            String streamed = events.stream()
                    .filter(AssistantMessageDeltaEvent.class::isInstance)
                    .map(event -> ((AssistantMessageDeltaEvent) event).deltaContent())
                    .collect(Collectors.joining());
            assertThat(answer.content()).isEqualTo("The answer is 2, as 1 plus 1 makes two.");
            assertThat(events.stream().filter(AssistantMessageDeltaEvent.class::isInstance).count())
                    .isGreaterThan(1);
            assertThat(streamed).isEqualTo(answer.content());
            assertThat(environment.modelServer().chatRequests().get(0).stream()).isTrue();
            assertThat(events.get(events.size() - 1)).isInstanceOf(SessionIdleEvent.class);
        }
    }

    @Test
    void carriesTheFirstExchangeIntoTheSecondModelRequest(CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.text("2"), ModelReply.text("4"));
        try (CopilotSession session = client.createSession(SessionConfig.builder().build())) {
            assertThat(session.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("2");
            assertThat(session.sendAndWait("Now double it.", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("4");
        }

        List<ModelMessage> second = model.chatRequests().get(1).messages().stream()
                .filter(message -> !message.role().equals("system"))
                .collect(Collectors.toList());
        assertThat(second).extracting(ModelMessage::role).containsExactly("user", "assistant", "user");
        assertThat(second.get(0).content()).contains("What is 1+1?");
        assertThat(second.get(1).content()).isEqualTo("2");
        assertThat(second.get(2).content()).contains("Now double it.");
    }

    @Test
    void answersThroughABringYourOwnKeyProvider(CopilotTestEnvironment environment, CopilotClient client) {
        environment.modelServer().enqueue(ModelReply.text("2"));
        SessionConfig config = SessionConfig.builder().provider(environment.byokProvider()).model("gpt-4.1").build();
        try (CopilotSession session = client.createSession(config)) {
            assertThat(session.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("2");
        }
        ModelRequest request = environment.modelServer().chatRequests().get(0);
        assertThat(request.httpRequest().path()).isEqualTo("/v1/chat/completions");
        assertThat(request.model()).isEqualTo("gpt-4.1");
    }
}
