package io.github.copilot4j.sample;

import static org.awaitility.Awaitility.await;

import io.github.copilot4j.sample.audit.AuditEntry;
import io.github.copilot4j.sample.chat.ApprovalRequest;
import io.github.copilot4j.sample.chat.ConversationView;
import io.github.copilot4j.sample.desk.SupportTicket;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The page's HTTP API, as tests call it. */
public final class SupportDeskClient {

    /** How long a turn of the offline demo may take in tests. */
    public static final Duration TURN_TIMEOUT = Duration.ofSeconds(30);

    private final RestClient http;

    public SupportDeskClient(int port) {
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    }

    public ConversationView start() {
        return Objects.requireNonNull(http.post().uri("/api/conversations").retrieve().body(ConversationView.class));
    }

    public ConversationView get(String id) {
        return Objects.requireNonNull(http.get().uri("/api/conversations/{id}", id).retrieve()
                .body(ConversationView.class));
    }

    public void send(String id, String text) {
        http.post().uri("/api/conversations/{id}/messages", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("text", text)).retrieve().toBodilessEntity();
    }

    public void decide(String id, String requestId, boolean approved) {
        http.post().uri("/api/conversations/{id}/approvals/{requestId}", id, requestId)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("approved", approved))
                .retrieve().toBodilessEntity();
    }

    public List<AuditEntry> audit() {
        return Objects.requireNonNull(http.get().uri("/api/audit?limit=200").retrieve()
                .body(new ParameterizedTypeReference<List<AuditEntry>>() { }));
    }

    public List<SupportTicket> tickets() {
        return Objects.requireNonNull(http.get().uri("/api/tickets").retrieve()
                .body(new ParameterizedTypeReference<List<SupportTicket>>() { }));
    }

    /** Sends a message and waits until its turn ended. */
    public ConversationView ask(String id, String text) {
        send(id, text);
        return awaitIdle(id);
    }

    /** Waits until the conversation has no turn running. */
    public ConversationView awaitIdle(String id) {
        return await().atMost(TURN_TIMEOUT).until(() -> get(id), view -> !view.busy());
    }

    /** Waits until a tool call of the conversation waits for approval. */
    public ApprovalRequest awaitApproval(String id) {
        return await().atMost(TURN_TIMEOUT).until(() -> get(id).approvals(), approvals -> !approvals.isEmpty())
                .get(0);
    }

    /** The audit entries of one conversation, oldest first. */
    public List<AuditEntry> audit(String id) {
        return audit().stream().filter(entry -> entry.sessionId().equals(id))
                .sorted(Comparator.comparingLong(AuditEntry::id)).toList();
    }
}
