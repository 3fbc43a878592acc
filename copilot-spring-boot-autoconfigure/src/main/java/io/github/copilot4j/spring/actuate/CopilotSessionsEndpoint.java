package io.github.copilot4j.spring.actuate;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code copilotsessions} endpoint: the sessions open on the application's clients, with their ids, workspaces
 * and whether they are still connected. It shows no conversation content.
 */
@Endpoint(id = CopilotSessionsEndpoint.ID)
public class CopilotSessionsEndpoint {

    /** The endpoint id. */
    public static final String ID = "copilotsessions";

    private final Map<String, CopilotClient> clients;

    /** An endpoint over the given clients, keyed by bean name. */
    public CopilotSessionsEndpoint(Map<String, CopilotClient> clients) {
        this.clients = Map.copyOf(clients);
    }

    /** The open sessions of every client, ordered by client and session id. */
    @ReadOperation
    public SessionsDescriptor sessions() {
        List<SessionDescriptor> sessions = clients.entrySet().stream()
                .flatMap(client -> client.getValue().sessions().stream()
                        .map(session -> SessionDescriptor.of(client.getKey(), session)))
                .sorted(Comparator.comparing(SessionDescriptor::client).thenComparing(SessionDescriptor::id))
                .toList();
        return new SessionsDescriptor(sessions);
    }

    /**
     * The open sessions.
     *
     * @param sessions one entry per session
     */
    public record SessionsDescriptor(List<SessionDescriptor> sessions) implements OperationResponseBody {
    }

    /**
     * One open session.
     *
     * @param id the session id
     * @param client the bean name of the client the session belongs to
     * @param workspace where the CLI keeps the session's files, or null when it reported none
     * @param connected whether the session can still be used
     */
    public record SessionDescriptor(String id, String client, @Nullable String workspace, boolean connected) {

        static SessionDescriptor of(String client, CopilotSession session) {
            return new SessionDescriptor(session.sessionId(), client,
                    session.workspacePath().map(Object::toString).orElse(null), session.isConnected());
        }
    }
}
