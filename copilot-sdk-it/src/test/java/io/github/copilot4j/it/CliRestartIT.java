package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.copilot4j.ConnectionState;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotConnectionException;
import io.github.copilot4j.CopilotRestartedException;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.RestartPolicy;
import io.github.copilot4j.SendOptions;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.SessionResumeEvent;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelReply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A CLI killed with SIGKILL, with and without a {@link RestartPolicy}: in-flight calls fail at once with a typed
 * exception, and with the policy the client starts a new CLI, resumes the sessions and the old session objects
 * work again.
 */
@CopilotTest
class CliRestartIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration REQUEST_WAIT = Duration.ofSeconds(30);
    private static final RestartPolicy QUICK_RESTART = new RestartPolicy(3, Duration.ofMillis(100),
            Duration.ofSeconds(1));

    @Test
    void aCliKilledMidTurnIsRestartedAndTheOldSessionObjectGoesOn(CopilotTestEnvironment environment,
            FakeModelServer model) throws Exception {
        model.enqueue(ModelReply.text("2"), ModelReply.hang(), ModelReply.text("Still here: 2."));
        CopilotClient client = environment.newClient(environment.clientOptions().restartPolicy(QUICK_RESTART).build());
        List<ConnectionState> states = recordStates(client);
        client.start();
        List<SessionResumeEvent> resumes = new CopyOnWriteArrayList<>();
        CopilotSession session = client.createSession(SessionConfig.builder()
                .onEvent(event -> {
                    if (event instanceof SessionResumeEvent resume) {
                        resumes.add(resume);
                    }
                }).build());
        assertThat(session.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("2");
        CompletableFuture<Optional<AssistantMessageEvent>> turn = session.sendAndWaitAsync("Take your time.",
                SendOptions.defaults(), TURN_TIMEOUT);
        model.awaitChatRequests(2, REQUEST_WAIT);
        long firstPid = client.cliProcessId().orElseThrow();

        long killedAt = System.nanoTime();
        ProcessHandle.of(firstPid).orElseThrow().destroyForcibly();

        ExecutionException failure = Assertions.assertThrows(ExecutionException.class,
                () -> turn.get(1, TimeUnit.SECONDS));
        assertThat(Duration.ofNanos(System.nanoTime() - killedAt)).isLessThan(Duration.ofSeconds(1));
        assertThat(failure.getCause()).isInstanceOf(CopilotRestartedException.class)
                .hasMessageContaining("restarting");
        assertThat(((CopilotRestartedException) failure.getCause()).exitCode()).isEqualTo(137);

        AssistantMessageEvent answer = session.sendAndWait("Are you still there?", TURN_TIMEOUT).orElseThrow();

        assertThat(answer.content()).isEqualTo("Still here: 2.");
        assertThat(session.isConnected()).isTrue();
        assertThat(client.cliProcessId()).hasValueSatisfying(pid -> assertThat(pid).isNotEqualTo(firstPid));
        assertThat(resumes).hasSize(1);
        List<String> history = model.chatRequests().get(2).messages().stream()
                .filter(message -> !message.role().equals("system"))
                .map(message -> message.role() + ":" + lastLine(message))
                .collect(Collectors.toList());
        assertThat(history).containsExactly("user:What is 1+1?", "assistant:2", "user:Are you still there?");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(states).containsExactly(
                ConnectionState.CONNECTING, ConnectionState.CONNECTED, ConnectionState.RESTARTING,
                ConnectionState.CONNECTED));
    }

    @Test
    void aCliKilledWhileIdleIsRestartedBeforeTheNextCall(CopilotTestEnvironment environment) {
        CopilotClient client = environment.newClient(environment.clientOptions().restartPolicy(QUICK_RESTART).build());
        List<ConnectionState> states = recordStates(client);
        client.start();
        CopilotSession first = client.createSession(SessionConfig.builder().build());
        CopilotSession second = client.createSession(SessionConfig.builder().build());
        long firstPid = client.cliProcessId().orElseThrow();

        ProcessHandle.of(firstPid).orElseThrow().destroyForcibly();
        await().atMost(Duration.ofSeconds(20)).until(() -> states.contains(ConnectionState.RESTARTING)
                && client.state() == ConnectionState.CONNECTED);

        assertThat(first.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("2");
        assertThat(second.sendAndWait("Hello", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("OK");
        assertThat(client.sessions()).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void withoutAPolicyAKilledIdleCliFailsTheClientAndTheNextStartSpawnsANewOne(CopilotClient client) {
        List<ConnectionState> states = recordStates(client);
        CopilotSession session = client.createSession(SessionConfig.builder().build());
        long firstPid = client.cliProcessId().orElseThrow();

        ProcessHandle.of(firstPid).orElseThrow().destroyForcibly();
        await().atMost(Duration.ofSeconds(5)).until(() -> client.state() == ConnectionState.FAILED);

        assertThatThrownBy(() -> session.send("Anyone there?")).isInstanceOf(CopilotConnectionException.class)
                .isNotInstanceOf(CopilotRestartedException.class);
        assertThat(session.isConnected()).isFalse();
        assertThat(states).doesNotContain(ConnectionState.RESTARTING);
        try (CopilotSession fresh = client.createSession(SessionConfig.builder().build())) {
            assertThat(fresh.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("2");
        }
        assertThat(client.cliProcessId()).hasValueSatisfying(pid -> assertThat(pid).isNotEqualTo(firstPid));
    }

    @Test
    void aCliThatCannotBeRestartedFailsTheClientAfterTheLastAttempt(CopilotTestEnvironment environment)
            throws IOException {
        Path wrapper = startsOnce(environment);
        RestartPolicy twoAttempts = new RestartPolicy(2, Duration.ofMillis(50), Duration.ofMillis(100));
        CopilotClient client = environment.newClient(environment.clientOptions().cliPath(wrapper)
                .restartPolicy(twoAttempts).build());
        List<ConnectionState> states = recordStates(client);
        client.start();
        CopilotSession session = client.createSession(SessionConfig.builder().build());

        ProcessHandle.of(client.cliProcessId().orElseThrow()).orElseThrow().destroyForcibly();
        await().atMost(Duration.ofSeconds(20)).until(() -> client.state() == ConnectionState.FAILED);

        assertThat(states).containsExactly(ConnectionState.CONNECTING, ConnectionState.CONNECTED,
                ConnectionState.RESTARTING, ConnectionState.FAILED);
        assertThat(session.isConnected()).isFalse();
        assertThat(client.sessions()).isEmpty();
        assertThatThrownBy(() -> session.send("Anyone there?")).isInstanceOf(CopilotConnectionException.class)
                .hasMessageContaining("could not be restarted after 2 attempt(s)")
                .hasMessageContaining("refusing to start again");
    }

    private static List<ConnectionState> recordStates(CopilotClient client) {
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        client.onStateChange((previous, current, cause) -> states.add(current));
        return states;
    }

    /** A wrapper script that runs the real CLI the first time and exits with status 1 every later time. */
    private static Path startsOnce(CopilotTestEnvironment environment) throws IOException {
        Path marker = environment.root().resolve("started-once");
        Path wrapper = environment.root().resolve("copilot-once.sh");
        Files.writeString(wrapper, "#!/bin/sh\n"
                + "if [ -e '" + marker + "' ]; then echo 'refusing to start again' >&2; exit 1; fi\n"
                + "touch '" + marker + "'\n"
                + "exec '" + environment.cliPath() + "' \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));
        return wrapper;
    }

    private static String lastLine(ModelMessage message) {
        String[] lines = message.content().strip().split("\n");
        return lines[lines.length - 1];
    }
}
