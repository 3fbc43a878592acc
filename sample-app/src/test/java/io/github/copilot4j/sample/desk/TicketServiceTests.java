package io.github.copilot4j.sample.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.copilot4j.sample.SupportDeskTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Each test runs in a transaction that is rolled back, so no ticket stays behind. */
@SupportDeskTest
@Transactional
class TicketServiceTests {

    @Autowired
    private TicketService tickets;

    @Test
    void opensATicketForAnExistingCustomer() {
        int before = tickets.tickets().size();
        SupportTicket ticket = tickets.openTicket(2, "  Order G-2002 is late ", "high");
        assertThat(ticket.customerId()).isEqualTo(2);
        assertThat(ticket.customerName()).isEqualTo("Grace Hopper");
        assertThat(ticket.subject()).isEqualTo("Order G-2002 is late");
        assertThat(ticket.priority()).isEqualTo("HIGH");
        assertThat(ticket.status()).isEqualTo("OPEN");
        assertThat(ticket.createdAt()).isBetween(Instant.now().minus(Duration.ofMinutes(1)), Instant.now());
        assertThat(tickets.tickets()).hasSize(before + 1).first().isEqualTo(ticket);
    }

    @Test
    void writesNothingForInvalidArguments() {
        int before = tickets.tickets().size();
        assertThatIllegalArgumentException().isThrownBy(() -> tickets.openTicket(2, "Late", "whenever"))
                .withMessage("priority must be LOW, NORMAL, HIGH or URGENT, got 'whenever'");
        assertThatIllegalArgumentException().isThrownBy(() -> tickets.openTicket(77, "Late", "LOW"))
                .withMessage("There is no customer number 77");
        assertThatIllegalArgumentException().isThrownBy(() -> tickets.openTicket(2, " ", "LOW"))
                .withMessage("subject must be 1 to 200 characters");
        assertThat(tickets.tickets()).hasSize(before);
    }
}
