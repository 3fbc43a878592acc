package io.github.copilot4j.sample.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.sample.SupportDeskClient;
import io.github.copilot4j.sample.SupportDeskTest;
import io.github.copilot4j.sample.audit.AuditEntry;
import io.github.copilot4j.sample.desk.SupportTicket;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelRequest;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Conversations through the page's API, the real Copilot CLI and the offline demo model. */
@SupportDeskTest
class ConversationsIT {

    @Autowired
    private CopilotTestEnvironment offlineDemo;

    @Autowired
    private Conversations conversations;

    @LocalServerPort
    private int port;

    private SupportDeskClient desk;

    @BeforeEach
    void connect() {
        desk = new SupportDeskClient(port);
    }

    @Test
    void aQuestionCallsAToolWhoseDatabaseResultReachesTheModel() {
        String id = desk.start().id();
        ConversationView view = desk.ask(id, "Who is Katherine Johnson?");

        assertThat(view.entries()).extracting(HistoryEntry::kind, HistoryEntry::toolName, HistoryEntry::status)
                .containsExactly(Tuple.tuple("user", null, null), Tuple.tuple("tool", "find_customer", "success"),
                        Tuple.tuple("assistant", null, null));
        assertThat(view.entries().get(2).text())
                .startsWith("Katherine Johnson (customer #4, katherine@orbit.example) buys for Orbital Mechanics Inc");

        ModelRequest afterTool = requestAnswering("Who is Katherine Johnson?", 1);
        ModelMessage toolResult = afterTool.messages().get(afterTool.messages().size() - 1);
        assertThat(toolResult.role()).isEqualTo("tool");
        assertThat(toolResult.content()).contains("\"email\":\"katherine@orbit.example\"")
                .contains("\"company\":\"Orbital Mechanics Inc\"");
        assertThat(afterTool.toolNames())
                .containsExactlyInAnyOrder("find_customer", "list_orders", "get_order_status", "open_ticket");

        assertThat(desk.audit(id)).singleElement().satisfies(entry -> {
            assertThat(entry.toolName()).isEqualTo("find_customer");
            assertThat(entry.argumentsSummary()).isEqualTo("query=Katherine Johnson");
            assertThat(entry.outcome()).isEqualTo("success");
        });
    }

    @Test
    void aTicketIsWrittenOnlyWhenAPersonApprovesIt() {
        String id = desk.start().id();
        int ticketsBefore = desk.tickets().size();

        desk.send(id, "Open a ticket for Alan Turing: refund for cancelled order T-3001");
        ApprovalRequest declined = desk.awaitApproval(id);
        assertThat(declined.toolName()).isEqualTo("open_ticket");
        assertThat(declined.summary())
                .isEqualTo("Open a NORMAL priority ticket for Alan Turing (customer #3): Refund for cancelled order "
                        + "T-3001");
        desk.decide(id, declined.requestId(), false);
        ConversationView afterDecline = desk.awaitIdle(id);
        assertThat(afterDecline.entries().get(afterDecline.entries().size() - 1).text())
                .isEqualTo("Understood: the ticket was not approved, so I did not open it.");
        assertThat(desk.tickets()).hasSize(ticketsBefore);

        desk.send(id, "Open a high priority ticket for him: refund for cancelled order T-3001");
        ApprovalRequest approved = desk.awaitApproval(id);
        assertThat(approved.requestId()).isNotEqualTo(declined.requestId());
        desk.decide(id, approved.requestId(), true);
        ConversationView afterApproval = desk.awaitIdle(id);

        List<SupportTicket> tickets = desk.tickets();
        assertThat(tickets).hasSize(ticketsBefore + 1);
        SupportTicket ticket = tickets.get(0);
        assertThat(ticket.customerName()).isEqualTo("Alan Turing");
        assertThat(ticket.subject()).isEqualTo("Refund for cancelled order T-3001");
        assertThat(ticket.priority()).isEqualTo("HIGH");
        assertThat(afterApproval.entries().get(afterApproval.entries().size() - 1).text())
                .startsWith("I opened ticket #" + ticket.id() + " for Alan Turing");

        assertThat(desk.audit(id)).extracting(AuditEntry::toolName, AuditEntry::outcome).containsExactly(
                Tuple.tuple("find_customer", "success"),
                Tuple.tuple("open_ticket", "rejected"),
                Tuple.tuple("open_ticket", "success"));
        assertThat(desk.audit(id).get(1).detail()).isEqualTo(TicketApprovals.DECLINED);
    }

    @Test
    void aFailingToolIsAuditedAndExplained() {
        String id = desk.start().id();
        ConversationView view = desk.ask(id, "What is the status of order Q-0000?");
        assertThat(view.entries()).extracting(HistoryEntry::status).contains("failure");
        assertThat(view.entries().get(view.entries().size() - 1).text())
                .isEqualTo("I could not find order Q-0000: There is no order numbered 'Q-0000'; order numbers look "
                        + "like A-1002");
        assertThat(desk.audit(id)).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo("failure");
            assertThat(entry.detail()).contains("There is no order numbered 'Q-0000'");
        });
    }

    @Test
    void aReleasedConversationIsResumedWithItsHistory() {
        String id = desk.start().id();
        desk.ask(id, "Who is Grace Hopper?");
        assertThat(conversations.release(id)).isTrue();
        assertThat(conversations.release(id)).isFalse();

        ConversationView resumed = desk.get(id);
        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.entries()).extracting(HistoryEntry::kind).containsExactly("user", "tool", "assistant");

        ConversationView answered = desk.ask(id, "List her orders");
        assertThat(answered.entries()).extracting(HistoryEntry::toolName).contains("list_orders");
        assertThat(answered.entries().get(answered.entries().size() - 1).text())
                .startsWith("Grace Hopper has 2 orders:");
        assertThat(desk.audit(id)).extracting(AuditEntry::toolName).containsExactly("find_customer", "list_orders");
    }

    @Test
    void anUnknownConversationIsNotFound() {
        assertThat(Assertions.catchThrowable(() -> desk.get("no-such-session")))
                .hasMessageContaining("404");
    }

    /** The model request that carried the {@code n}-th tool result answering the prompt. */
    private ModelRequest requestAnswering(String prompt, int toolResults) {
        return offlineDemo.modelServer().chatRequests().stream()
                .filter(request -> request.lastUserMessage().equals(prompt))
                .filter(request -> request.messages().stream().filter(m -> m.role().equals("tool")).count()
                        >= toolResults)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No model request carried a tool result for: " + prompt));
    }
}
