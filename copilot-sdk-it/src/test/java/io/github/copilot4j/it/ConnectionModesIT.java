package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.ConnectionState;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.Transport;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The TCP transport, and connecting to a CLI server started by someone else. */
@CopilotTest
class ConnectionModesIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void completesATurnOverTcp(CopilotTestEnvironment environment) {
        CopilotClient client = environment.newClient(environment.clientOptions().transport(Transport.TCP).build());
        client.start();
        assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
        try (CopilotSession session = client.createSession(SessionConfig.builder().build())) {
            assertThat(session.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("2");
        }
        client.stop();
        assertThat(client.state()).isEqualTo(ConnectionState.DISCONNECTED);
    }

    @Test
    void connectsToARunningServerByUrl(CopilotTestEnvironment environment) throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(environment.cliPath().toString(), "--headless",
                "--no-auto-update", "--port", Integer.toString(port), "--auth-token-env", "COPILOT_SDK_AUTH_TOKEN",
                "--no-auto-login"))
                .directory(environment.workDirectory().toFile())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment.environment());
        builder.environment().put("COPILOT_SDK_AUTH_TOKEN", CopilotTestEnvironment.FAKE_TOKEN);
        Process server = builder.start();
        try {
            awaitListening(server);
            CopilotClient client = environment.newClient(io.github.copilot4j.CopilotClientOptions.builder()
                    .cliUrl("http://127.0.0.1:" + port).build());
            try (CopilotSession session = client.createSession(SessionConfig.builder().build())) {
                assertThat(session.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("2");
            }
            client.stop();
            assertThat(server.isAlive()).as("a server the client did not start keeps running").isTrue();
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Reads the server's output on a daemon thread, which keeps draining it, until it announces its port. */
    private static void awaitListening(Process server) throws Exception {
        CompletableFuture<String> announced = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.toLowerCase(Locale.ROOT).contains("listening on port")) {
                        announced.complete(line);
                    }
                }
                announced.completeExceptionally(new IllegalStateException("The CLI server exited before listening"));
            } catch (IOException e) {
                announced.completeExceptionally(e);
            }
        }, "cli-server-output");
        reader.setDaemon(true);
        reader.start();
        assertThat(announced.get(30, TimeUnit.SECONDS)).containsIgnoringCase("listening on port");
    }
}
