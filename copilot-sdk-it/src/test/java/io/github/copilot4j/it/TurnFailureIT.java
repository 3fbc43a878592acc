package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.ConnectionState;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotConnectionException;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.CopilotTimeoutException;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.SessionErrorException;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelReply;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What happens when a turn cannot complete: aborts, timeouts, model errors and a dying CLI. */
@CopilotTest
class TurnFailureIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration REQUEST_WAIT = Duration.ofSeconds(30);

    @Test
    void abortEndsASlowTurnAndTheSessionStaysUsable(CopilotClient client, FakeModelServer model) throws Exception {
        model.enqueue(ModelReply.hang(), ModelReply.text("Back again."));
        List<SessionEvent> events = new CopyOnWriteArrayList<>();
        try (CopilotSession session = client.createSession(SessionConfig.builder().onEvent(events::add).build())) {
            CompletableFuture<Optional<AssistantMessageEvent>> turn = session.sendAndWaitAsync("Take your time.",
                    io.github.copilot4j.SendOptions.defaults(), TURN_TIMEOUT);
            model.awaitChatRequests(1, REQUEST_WAIT);

            session.abort();

            assertThat(turn.get(20, TimeUnit.SECONDS)).isEmpty();
            assertThat(events).filteredOn(SessionIdleEvent.class::isInstance)
                    .extracting(event -> ((SessionIdleEvent) event).aborted()).containsExactly(true);
            assertThat(session.sendAndWait("Are you there?", TURN_TIMEOUT).orElseThrow().content())
                    .isEqualTo("Back again.");
        }
    }

    @Test
    void sendAndWaitTimesOutNamingTheTime(CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.hang());
        try (CopilotSession session = client.createSession(SessionConfig.builder().build())) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> session.sendAndWait("Never answered.", Duration.ofSeconds(2)))
                    .isInstanceOf(CopilotTimeoutException.class)
                    .hasMessageContaining("2 s");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            session.abort();
        }
    }

    @Test
    void aClientErrorFromTheModelFailsTheTurnWithItsMessage(CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.httpError(400, "the prompt was rejected by the test"));
        try (CopilotSession session = client.createSession(SessionConfig.builder().build())) {
            assertThatThrownBy(() -> session.sendAndWait("What is 1+1?", TURN_TIMEOUT))
                    .isInstanceOf(SessionErrorException.class)
                    .hasMessageContaining("400");
        }
    }

    @Test
    void aServerErrorFromTheModelFailsTheTurnWithItsMessage(CopilotClient client, FakeModelServer model) {
        model.respondWith(request -> ModelReply.httpError(500, "the model is down in the test"));
        try (CopilotSession session = client.createSession(SessionConfig.builder().build())) {
            assertThatThrownBy(() -> session.sendAndWait("What is 1+1?", Duration.ofSeconds(90)))
                    .isInstanceOf(SessionErrorException.class)
                    .hasMessageContaining("500");
        }
    }

    @Test
    void aKilledCliFailsThePendingTurnAndRequestsWithinOneSecond(CopilotClient client, FakeModelServer model)
            throws Exception {
        model.enqueue(ModelReply.hang());
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        client.onStateChange((previous, current, cause) -> states.add(current));
        CopilotSession session = client.createSession(SessionConfig.builder().build());
        CompletableFuture<Optional<AssistantMessageEvent>> turn = session.sendAndWaitAsync("Take your time.",
                io.github.copilot4j.SendOptions.defaults(), TURN_TIMEOUT);
        model.awaitChatRequests(1, REQUEST_WAIT);
        long pid = client.cliProcessId().orElseThrow();

        long killedAt = System.nanoTime();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();

        ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> turn.get(1, TimeUnit.SECONDS));
        assertThat(Duration.ofNanos(System.nanoTime() - killedAt)).isLessThan(Duration.ofSeconds(1));
        assertThat(failure.getCause()).isInstanceOf(CopilotConnectionException.class);
        CopilotConnectionException lost = (CopilotConnectionException) failure.getCause();
        assertThat(lost.exitCode()).isNotNull();
        assertThat(lost.getMessage()).contains("exit code");

        long requestAt = System.nanoTime();
        assertThatThrownBy(() -> session.getMessages()).isInstanceOf(CopilotConnectionException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - requestAt)).isLessThan(Duration.ofSeconds(1));
        assertThat(session.isConnected()).isFalse();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(1))
                .until(() -> states.contains(ConnectionState.FAILED));
    }
}
