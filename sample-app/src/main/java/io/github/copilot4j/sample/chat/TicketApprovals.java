package io.github.copilot4j.sample.chat;

import io.github.copilot4j.permission.CustomToolPermissionRequest;
import io.github.copilot4j.permission.PermissionDecision;
import io.github.copilot4j.permission.PermissionRequestContext;
import io.github.copilot4j.sample.audit.ToolArguments;
import io.github.copilot4j.sample.audit.ToolCallAudit;
import io.github.copilot4j.sample.desk.CustomerService;
import io.github.copilot4j.sample.desk.TicketService;
import io.github.copilot4j.spring.handler.CopilotPermissionHandler;
import io.github.copilot4j.spring.permission.CopilotPermissionPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The permission handler of every session: a call of {@value TicketService#OPEN_TICKET_TOOL} waits until a person
 * approves or declines it on the page; every other request is decided by the starter's
 * {@link CopilotPermissionPolicy} ({@code copilot.permissions.*}), which approves the application's read tools and
 * denies shell commands, file writes and URL fetches. A declined ticket is written to the audit log here, as the CLI
 * raises no post-tool hook for a call that never ran.
 */
@Component
public class TicketApprovals implements ApplicationListener<ContextClosedEvent> {

    /** What the model is told when the person declines. */
    static final String DECLINED = "The support agent declined to open this ticket.";

    private static final Logger log = LoggerFactory.getLogger(TicketApprovals.class);

    private final CopilotPermissionPolicy policy;
    private final ConversationStreams streams;
    private final CustomerService customers;
    private final ToolCallAudit audit;
    private final Duration timeout;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    public TicketApprovals(CopilotPermissionPolicy policy, ConversationStreams streams, CustomerService customers,
            ToolCallAudit audit, @Value("${support-desk.approval-timeout:5m}") Duration timeout) {
        this.policy = policy;
        this.streams = streams;
        this.customers = customers;
        this.audit = audit;
        this.timeout = timeout;
    }

    /** Decides a permission request of a session; blocks while a ticket waits for approval. */
    @CopilotPermissionHandler
    public PermissionDecision decide(PermissionRequestContext context) {
        if (!(context.request() instanceof CustomToolPermissionRequest tool)
                || !tool.toolName().equals(TicketService.OPEN_TICKET_TOOL)) {
            return policy.handle(context);
        }
        ApprovalRequest request = new ApprovalRequest(context.requestId(), context.sessionId(), tool.toolName(),
                describe(tool.args()), clock.instant());
        Pending waiting = new Pending(request, new CompletableFuture<>());
        pending.put(request.requestId(), waiting);
        log.info("Conversation {} asks to run {}; waiting for approval", request.conversationId(),
                request.toolName());
        streams.send(request.conversationId(), "approval", request);
        try {
            boolean approved = waiting.decision().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            log.info("{} of conversation {} was {}", request.toolName(), request.conversationId(),
                    approved ? "approved" : "declined");
            return approved ? new PermissionDecision.ApproveOnce(true) : rejected(context, tool, DECLINED);
        } catch (TimeoutException e) {
            return rejected(context, tool, "No one approved the ticket in time, so it was not opened.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PermissionDecision.userNotAvailable();
        } catch (ExecutionException e) {
            return PermissionDecision.userNotAvailable();
        } finally {
            pending.remove(request.requestId());
            streams.send(request.conversationId(), "approval-done", Map.of("requestId", request.requestId()));
        }
    }

    private PermissionDecision rejected(PermissionRequestContext context, CustomToolPermissionRequest tool,
            String reason) {
        audit.callRejected(context.sessionId(), tool.toolName(), tool.args(), reason);
        return PermissionDecision.reject(reason);
    }

    /**
     * Records a person's decision on a waiting request of the conversation.
     *
     * @return false when the conversation has no such request waiting
     */
    public boolean resolve(String conversationId, String requestId, boolean approved) {
        Pending waiting = pending.get(requestId);
        if (waiting == null || !waiting.request().conversationId().equals(conversationId)) {
            return false;
        }
        return waiting.decision().complete(approved);
    }

    /** The requests of the conversation waiting for a decision, oldest first. */
    public List<ApprovalRequest> waiting(String conversationId) {
        return pending.values().stream()
                .map(Pending::request)
                .filter(request -> request.conversationId().equals(conversationId))
                .sorted(Comparator.comparing(ApprovalRequest::requestedAt))
                .toList();
    }

    /** Whether any request of the conversation waits for a decision. */
    public boolean isWaiting(String conversationId) {
        return pending.values().stream().anyMatch(waiting -> waiting.request().conversationId().equals(conversationId));
    }

    private String describe(@Nullable JsonNode arguments) {
        if (arguments == null || !arguments.path("customerId").canConvertToLong()) {
            return "Open a ticket: " + ToolArguments.summary(arguments);
        }
        long customerId = arguments.path("customerId").asLong();
        String customer = customers.findById(customerId)
                .map(found -> found.name() + " (customer #" + found.id() + ")")
                .orElse("customer #" + customerId);
        return "Open a " + arguments.path("priority").asString("NORMAL").toUpperCase(Locale.ROOT)
                + " priority ticket for " + customer + ": " + arguments.path("subject").asString("");
    }

    /** Declines every waiting request, so that no session thread waits through the shutdown. */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        pending.values().forEach(waiting -> waiting.decision().complete(false));
    }

    /** A request and the decision it waits for. */
    private record Pending(ApprovalRequest request, CompletableFuture<Boolean> decision) {
    }
}
