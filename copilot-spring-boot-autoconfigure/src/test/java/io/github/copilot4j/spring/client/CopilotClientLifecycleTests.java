package io.github.copilot4j.spring.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.copilot4j.ConnectionState;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotClientOptions;
import io.github.copilot4j.CopilotException;
import io.github.copilot4j.cli.CliInstaller;
import io.github.copilot4j.cli.CliLocator;
import io.github.copilot4j.cli.CliNotFoundException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.support.GenericApplicationContext;

class CopilotClientLifecycleTests {

    @TempDir
    Path directory;

    private final List<CopilotClient> clients = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(CopilotClient::close);
    }

    @Test
    void anEagerStartFailsWhenTheCliCannotBeStarted() {
        CopilotClientLifecycle lifecycle = new CopilotClientLifecycle(clientWithMissingCli(), StartupMode.EAGER, null);

        assertThatExceptionOfType(CliNotFoundException.class).isThrownBy(lifecycle::start);
        assertThat(lifecycle.isRunning()).isFalse();
    }

    @Test
    void aLazyStartReturnsAtOnceAndTheFailureStaysWithTheClient() {
        CopilotClient client = clientWithMissingCli();
        CopilotClientLifecycle lifecycle = new CopilotClientLifecycle(client, StartupMode.LAZY, null);

        lifecycle.start();

        assertThat(lifecycle.isRunning()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> client.state() == ConnectionState.FAILED);
    }

    @Test
    void stoppingRunsTheCallbackOnceTheClientStopped() throws InterruptedException {
        CopilotClient client = clientWithMissingCli();
        CopilotClientLifecycle lifecycle = new CopilotClientLifecycle(client, StartupMode.LAZY, null);
        lifecycle.start();
        CountDownLatch stopped = new CountDownLatch(1);

        lifecycle.stop(stopped::countDown);

        assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(lifecycle.isRunning()).isFalse();
        assertThat(client.state()).isEqualTo(ConnectionState.DISCONNECTED);
    }

    @Test
    void installsTheCliWhenNoneIsFound() {
        Path emptyDirectory = directory.resolve("work");
        CopilotClient client = client(CopilotClientOptions.builder().inheritEnvironment(false)
                .environment(Map.of("PATH", emptyDirectory.toString())).workingDirectory(emptyDirectory));
        assumeThatThrownBy(() -> new CliLocator(Map.of("PATH", emptyDirectory.toString()), emptyDirectory)
                .locate(null)).as("no CLI installed in the installer's default cache")
                .isInstanceOf(CliNotFoundException.class);
        CopilotClientLifecycle lifecycle = new CopilotClientLifecycle(client, StartupMode.EAGER, installerWithoutNpm());

        assertThatExceptionOfType(CopilotException.class).isThrownBy(lifecycle::start)
                .withMessageContaining("Could not run '" + directory.resolve("no-npm") + "' to install the Copilot CLI");
    }

    @Test
    void neverInstallsWhenACliPathIsConfigured() {
        CopilotClientLifecycle lifecycle = new CopilotClientLifecycle(clientWithMissingCli(), StartupMode.EAGER,
                installerWithoutNpm());

        assertThatExceptionOfType(CliNotFoundException.class).isThrownBy(lifecycle::start);
    }

    @Test
    void startsBeforeAndStopsAfterAWebServer() {
        CopilotClientLifecycle lifecycle = new CopilotClientLifecycle(clientWithMissingCli(), StartupMode.LAZY, null);
        List<String> seenByServer = new CopyOnWriteArrayList<>();
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.registerBean(CopilotClientLifecycle.class, () -> lifecycle);
            context.registerBean(WebServerStandIn.class, () -> new WebServerStandIn(lifecycle, seenByServer));
            context.refresh();
        }

        assertThat(seenByServer).containsExactly("client running at server start: true",
                "client running at server stop: true");
        assertThat(lifecycle.isRunning()).isFalse();
    }

    private CopilotClient clientWithMissingCli() {
        return client(CopilotClientOptions.builder().cliPath(directory.resolve("missing-copilot")));
    }

    private CopilotClient client(CopilotClientOptions.Builder options) {
        CopilotClient client = new CopilotClient(options.build());
        clients.add(client);
        return client;
    }

    private CliInstaller installerWithoutNpm() {
        return new CliInstaller(directory.resolve("cache"), CliInstaller.PINNED_VERSION,
                directory.resolve("no-npm").toString(), Duration.ofSeconds(10));
    }

    /** Runs in the phase of Spring Boot's embedded web servers and records whether the client runs around it. */
    private static final class WebServerStandIn implements SmartLifecycle {

        private static final int WEB_SERVER_START_STOP_PHASE = SmartLifecycle.DEFAULT_PHASE - 2048;

        private final CopilotClientLifecycle client;
        private final List<String> seen;
        private volatile boolean running;

        WebServerStandIn(CopilotClientLifecycle client, List<String> seen) {
            this.client = client;
            this.seen = seen;
        }

        @Override
        public void start() {
            seen.add("client running at server start: " + client.isRunning());
            running = true;
        }

        @Override
        public void stop() {
            seen.add("client running at server stop: " + client.isRunning());
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return WEB_SERVER_START_STOP_PHASE;
        }
    }
}
