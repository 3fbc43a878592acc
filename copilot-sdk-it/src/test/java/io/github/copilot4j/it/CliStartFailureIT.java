package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.ConnectionState;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotClientOptions;
import io.github.copilot4j.CopilotConnectionException;
import io.github.copilot4j.CopilotTimeoutException;
import io.github.copilot4j.RestartPolicy;
import io.github.copilot4j.cli.CliNotFoundException;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A CLI that cannot start: {@code start()} fails quickly with a typed exception that explains why, the client is
 * {@code FAILED} (a {@link RestartPolicy} does not retry a start), and no process is left behind.
 */
@CopilotTest
class CliStartFailureIT {

    /** Far below the start timeout: a failing start is reported when the CLI exits, not when the timeout runs out. */
    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    @Test
    void aCliExitingAtStartFailsTheStartWithItsExitCodeAndStandardError(CopilotTestEnvironment environment)
            throws IOException {
        Path wrapper = script(environment, "exits.sh", "echo 'cannot start: test failure' >&2\nexit 1\n");
        CopilotClient client = environment.newClient(environment.clientOptions().cliPath(wrapper)
                .restartPolicy(RestartPolicy.defaults()).build());
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        client.onStateChange((previous, current, cause) -> states.add(current));

        long start = System.nanoTime();
        assertThatThrownBy(client::start).isInstanceOfSatisfying(CopilotConnectionException.class, failure -> {
            assertThat(failure.exitCode()).isEqualTo(1);
            assertThat(failure.stderrTail()).contains("cannot start: test failure");
        });

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PROMPTLY);
        assertThat(client.state()).isEqualTo(ConnectionState.FAILED);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(states).containsExactly(ConnectionState.CONNECTING, ConnectionState.FAILED));
    }

    @Test
    void offlineModeWithoutAProviderMakesTheCliExitAndTheStartSaysWhy(CopilotTestEnvironment environment) {
        CopilotClient client = environment.newClient(environment.clientOptions()
                .environmentVariable("COPILOT_OFFLINE", "true").build());

        long start = System.nanoTime();
        assertThatThrownBy(client::start).isInstanceOfSatisfying(CopilotConnectionException.class, failure -> {
            assertThat(failure.exitCode()).isEqualTo(1);
            assertThat(failure.getMessage()).contains("Offline mode requires a local model provider");
        });

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PROMPTLY);
        assertThat(client.state()).isEqualTo(ConnectionState.FAILED);
    }

    @Test
    void aMissingCliIsReportedWithThePlacesSearched(CopilotTestEnvironment environment) {
        Path missing = environment.root().resolve("no-such-copilot");
        CopilotClient client = environment.newClient(environment.clientOptions().cliPath(missing).build());

        assertThatThrownBy(client::start).isInstanceOf(CliNotFoundException.class)
                .hasMessageContaining(missing + " does not exist");
        assertThat(client.state()).isEqualTo(ConnectionState.FAILED);
    }

    @Test
    void aCliThatIsNotExecutableIsReportedWithTheFix(CopilotTestEnvironment environment) throws IOException {
        Path notExecutable = Files.copy(environment.cliPath(), environment.root().resolve("copilot-no-x"));
        Files.setPosixFilePermissions(notExecutable, PosixFilePermissions.fromString("rw-------"));
        CopilotClient client = environment.newClient(environment.clientOptions().cliPath(notExecutable).build());

        assertThatThrownBy(client::start).isInstanceOf(CliNotFoundException.class)
                .hasMessageContaining("is not executable (chmod +x " + notExecutable + ")");
    }

    @Test
    void aFileThatIsNoProgramFailsTheStartWithTheShellsReason(CopilotTestEnvironment environment)
            throws IOException {
        Path garbage = environment.root().resolve("copilot-garbage");
        Files.write(garbage, new byte[] {'E', 'L', 'F', 0, 1, 2, 3});
        Files.setPosixFilePermissions(garbage, PosixFilePermissions.fromString("rwx------"));
        CopilotClient client = environment.newClient(environment.clientOptions().cliPath(garbage).build());

        // The JDK hands a file the kernel cannot execute to /bin/sh, which fails with 127 and says why.
        assertThatThrownBy(client::start).isInstanceOfSatisfying(CopilotConnectionException.class, failure -> {
            assertThat(failure.exitCode()).isEqualTo(127);
            assertThat(failure.stderrTail()).contains(garbage.toString());
        });
        assertThat(client.state()).isEqualTo(ConnectionState.FAILED);
    }

    @Test
    void aCliThatNeverAnswersTimesOutAndIsKilled(CopilotTestEnvironment environment) throws IOException {
        Path silent = script(environment, "silent.sh", "exec sleep 600\n");
        CopilotClientOptions options = environment.clientOptions().cliPath(silent)
                .startTimeout(Duration.ofSeconds(2)).build();
        CopilotClient client = environment.newClient(options);

        assertThatThrownBy(client::start).isInstanceOf(CopilotTimeoutException.class)
                .hasMessageContaining("2 s");

        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().orElse("").contains("sleep 600")))
                .isEmpty();
    }

    private static Path script(CopilotTestEnvironment environment, String name, String body) throws IOException {
        Path script = environment.root().resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}
