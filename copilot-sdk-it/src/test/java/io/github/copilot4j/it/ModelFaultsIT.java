package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.SessionErrorException;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.event.UnknownSessionEvent;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelReply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults of the model endpoint, injected through the fake model server: each one surfaces as a
 * {@code session.error} whose message names the cause (after the CLI's own retries), {@code sendAndWait} returns
 * well within its timeout, and the session stays usable. A 500 and a reply that never comes are covered by
 * {@link TurnFailureIT}.
 */
@CopilotTest
class ModelFaultsIT {

    /** Well above the CLI's five retries of about one second each. */
    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void aRateLimitWithRetryAfterIsRetriedAfterTheWaitAndTheTurnCompletes(CopilotClient client,
            FakeModelServer model) {
        model.enqueue(ModelReply.httpError(429, "slow down").withRetryAfter(Duration.ofSeconds(1)),
                ModelReply.text("Answered after the wait."));
        List<SessionEvent> events = new CopyOnWriteArrayList<>();
        try (CopilotSession session = client.createSession(SessionConfig.builder().onEvent(events::add).build())) {
            long start = System.nanoTime();

            assertThat(session.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content())
                    .isEqualTo("Answered after the wait.");

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
            assertThat(model.chatRequests()).hasSize(2);
            assertThat(events).filteredOn(UnknownSessionEvent.class::isInstance)
                    .map(event -> (UnknownSessionEvent) event)
                    .filteredOn(retry -> retry.type().equals("assistant.turn_retry"))
                    .singleElement()
                    .satisfies(retry -> assertThat(retry.data().path("reason").asString()).isEqualTo("rate_limit"));
        }
    }

    @Test
    void aRateLimitThatLastsFailsTheTurnWithARateLimitError(CopilotClient client, FakeModelServer model) {
        model.respondWith(request -> ModelReply.httpError(429, "slow down").withRetryAfter(Duration.ofSeconds(1)));
        try (CopilotSession session = client.createSession(SessionConfig.builder().build())) {
            assertThatThrownBy(() -> session.sendAndWait("What is 1+1?", TURN_TIMEOUT))
                    .isInstanceOfSatisfying(SessionErrorException.class, error -> {
                        assertThat(error.errorType()).isEqualTo("rate_limit");
                        assertThat(error.statusCode()).isEqualTo(429);
                    });

            assertUsableAgain(session, model);
        }
    }

    @Test
    void aConnectionDroppedWithoutAReplyFailsTheTurnNamingIt(CopilotClient client, FakeModelServer model) {
        model.respondWith(request -> ModelReply.reset());
        List<SessionEvent> events = new CopyOnWriteArrayList<>();
        try (CopilotSession session = client.createSession(SessionConfig.builder().onEvent(events::add).build())) {
            assertThatThrownBy(() -> session.sendAndWait("What is 1+1?", TURN_TIMEOUT))
                    .isInstanceOf(SessionErrorException.class)
                    .hasMessageContaining("connection closed before message completed");
            await().atMost(Duration.ofSeconds(10)).until(() -> !events.isEmpty()
                    && events.get(events.size() - 1) instanceof SessionIdleEvent);

            assertUsableAgain(session, model);
        }
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {true, false})
    void aReplyCutOffPartWayFailsTheTurnNamingIt(boolean streaming, CopilotClient client, FakeModelServer model) {
        model.respondWith(request -> ModelReply.truncated("The answer is two, as one plus one makes two."));
        try (CopilotSession session = client.createSession(SessionConfig.builder().streaming(streaming).build())) {
            assertThatThrownBy(() -> session.sendAndWait("What is 1+1?", TURN_TIMEOUT))
                    .isInstanceOf(SessionErrorException.class)
                    .hasMessageContaining("error decoding response body");

            assertUsableAgain(session, model);
        }
    }

    private static void assertUsableAgain(CopilotSession session, FakeModelServer model) {
        model.respondWith(FakeModelServer::defaultReply);
        assertThat(session.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("2");
    }
}
