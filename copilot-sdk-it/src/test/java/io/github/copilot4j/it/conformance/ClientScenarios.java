package io.github.copilot4j.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.AuthStatus;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotClientOptions;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.ConnectionState;
import io.github.copilot4j.ModelInfo;
import io.github.copilot4j.ServerStatus;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.Transport;
import io.github.copilot4j.permission.PermissionHandler;
import java.io.IOException;
import java.net.ServerSocket;

/** The {@code client}, {@code client_api}, {@code client_lifecycle} and {@code client_options} recordings. */
final class ClientScenarios {

    private static final String NO_PING = "CopilotClient has no ping (the upstream test pings with a message and "
            + "expects 'pong: <message>') and exposes no startup timings";
    private static final String NO_LIFECYCLE_EVENTS = "CopilotClient has no subscription to the CLI's session "
            + "lifecycle notifications (session.created/updated/deleted), which the upstream test observes";

    private ClientScenarios() {
    }

    static void register(ScenarioRegistry registry) {
        registry.unported("client/should_start_ping_and_stop_stdio_client.yaml", NO_PING);
        registry.unported("client/should_start_ping_and_stop_tcp_client.yaml", NO_PING);
        registry.unported("client/listmodels_withcustomhandler_callshandler.yaml", "CopilotClientOptions has no "
                + "list-models handler, which the upstream test installs so listModels answers from it");
        registry.scenario("client/should_get_status.yaml", replay -> {
            ServerStatus status = replay.client().getStatus();
            assertThat(status.version()).isNotEmpty();
            assertThat(status.protocolVersion()).isPositive();
        });
        registry.scenario("client/should_get_authenticated_status.yaml", replay -> {
            AuthStatus status = replay.client().getAuthStatus();
            assertThat(status.authenticated()).isTrue();
        });
        registry.scenario("client/should_list_models_when_authenticated.yaml", replay ->
                assertThat(replay.client().listModels()).extracting(ModelInfo::id).contains("claude-sonnet-4.5"));
        registry.scenario("client/should_stop_client_with_active_session.yaml", replay -> {
            CopilotClient client = replay.newClient(options -> options);
            client.createSession(approveAll());
            client.stop();
            assertThat(client.state()).isEqualTo(ConnectionState.DISCONNECTED);
        });
        registry.scenario("client/should_force_stop_client.yaml", replay -> {
            CopilotClient client = replay.newClient(options -> options);
            client.forceStop();
            assertThat(client.state()).isEqualTo(ConnectionState.DISCONNECTED);
        });

        registry.scenario("client_api/should_delete_session_by_id.yaml", replay -> {
            CopilotSession session = replay.createSession(SessionConfig.builder()
                    .onPermissionRequest(PermissionHandler.approveAll()));
            replay.turn(session, replay.prompt());
            Waits.until("the session is listed", () -> replay.client().listSessions().stream()
                    .anyMatch(metadata -> metadata.sessionId().equals(session.sessionId())) ? Boolean.TRUE : null);
            session.abort();
            session.disconnect();
            replay.client().deleteSession(session.sessionId());
            assertThat(replay.client().getSessionMetadata(session.sessionId())).isEmpty();
        });
        registry.scenario("client_api/should_track_last_session_id_after_session_created.yaml", replay -> {
            CopilotSession session = replay.createSession(SessionConfig.builder()
                    .onPermissionRequest(PermissionHandler.approveAll()));
            replay.turn(session, replay.prompt());
            session.disconnect();
            assertThat(replay.client().getLastSessionId()).contains(session.sessionId());
        });

        registry.scenario("client_lifecycle/should_return_last_session_id_after_sending_a_message.yaml", replay -> {
            CopilotSession session = replay.createSession(SessionConfig.builder()
                    .onPermissionRequest(PermissionHandler.approveAll()));
            replay.turn(session, replay.prompt());
            Waits.until("a last session id", () -> replay.client().getLastSessionId().orElse(null));
        });
        registry.unported("client_lifecycle/should_emit_session_lifecycle_events.yaml", NO_LIFECYCLE_EVENTS);
        registry.unported("client_lifecycle/should_receive_session_deleted_lifecycle_event_when_deleted.yaml",
                NO_LIFECYCLE_EVENTS);

        registry.scenario("client_options/should_listen_on_configured_tcp_port.yaml", replay -> {
            int port = freePort();
            String token = "copilot4j-conformance-token";
            CopilotClient server = replay.newClient(options -> options.transport(Transport.TCP).port(port)
                    .connectionToken(token));
            assertThat(server.getStatus().version()).isNotEmpty();
            CopilotClient attached = replay.newClient(CopilotClientOptions.builder()
                    .cliUrl("127.0.0.1:" + port).connectionToken(token).build());
            assertThat(attached.getStatus().version()).isEqualTo(server.getStatus().version());
        });
        registry.drifted("client_options/should_use_client_cwd_for_default_workingdirectory.yaml",
                Drift.VIEW_LINE_NUMBERS, replay -> {
                    replay.writeFile("client-cwd/marker.txt", "I am in the client cwd");
                    CopilotClient client = replay.newClient(options -> options
                            .workingDirectory(replay.workDirectory().resolve("client-cwd")));
                    CopilotSession session = replay.createSession(client, approveAll());
                    assertThat(replay.turn(session, replay.prompt())).contains("client cwd");
                });
    }

    private static SessionConfig approveAll() {
        return SessionConfig.builder().onPermissionRequest(PermissionHandler.approveAll()).build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
