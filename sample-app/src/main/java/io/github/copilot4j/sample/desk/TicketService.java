package io.github.copilot4j.sample.desk;

import io.github.copilot4j.tool.CopilotTool;
import io.github.copilot4j.tool.CopilotToolParam;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support tickets. {@link #openTicket} is a tool of the assistant that writes, so every call waits for a person's
 * approval (see {@code TicketApprovals}).
 */
@Service
public class TicketService {

    /** The name of the tool that opens tickets. */
    public static final String OPEN_TICKET_TOOL = "open_ticket";

    /** The priorities a ticket can have. */
    public static final Set<String> PRIORITIES = Set.of("LOW", "NORMAL", "HIGH", "URGENT");

    private static final int MAX_SUBJECT_LENGTH = 200;

    private final JdbcClient jdbc;
    private final CustomerService customers;

    public TicketService(JdbcClient jdbc, CustomerService customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    /**
     * Opens a ticket.
     *
     * @throws IllegalArgumentException when there is no such customer, the subject is blank or too long, or the
     *     priority is not one of {@link #PRIORITIES}
     */
    @CopilotTool(name = OPEN_TICKET_TOOL, description = "Opens a support ticket for a customer. A person must approve "
            + "every ticket before it is written.")
    @Transactional
    public SupportTicket openTicket(
            @CopilotToolParam(description = "The customer number, as find_customer returns it") long customerId,
            @CopilotToolParam(description = "What the ticket is about, in one sentence") String subject,
            @CopilotToolParam(description = "LOW, NORMAL, HIGH or URGENT") String priority) {
        Customer customer = customers.findById(customerId)
                .orElseThrow(() -> new IllegalArgumentException("There is no customer number " + customerId));
        String trimmedSubject = subject.strip();
        if (trimmedSubject.isEmpty() || trimmedSubject.length() > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException("subject must be 1 to " + MAX_SUBJECT_LENGTH + " characters");
        }
        String normalizedPriority = priority.strip().toUpperCase(Locale.ROOT);
        if (!PRIORITIES.contains(normalizedPriority)) {
            throw new IllegalArgumentException("priority must be LOW, NORMAL, HIGH or URGENT, got '" + priority + "'");
        }
        Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO support_ticket (customer_id, subject, priority, status, created_at) "
                        + "VALUES (:customerId, :subject, :priority, 'OPEN', :createdAt)")
                .param("customerId", customerId)
                .param("subject", trimmedSubject)
                .param("priority", normalizedPriority)
                .param("createdAt", Timestamp.from(createdAt))
                .update(keys, "id");
        long id = Objects.requireNonNull(keys.getKey(), "generated ticket id").longValue();
        return new SupportTicket(id, customerId, customer.name(), trimmedSubject, normalizedPriority, "OPEN",
                createdAt);
    }

    /** The tickets, newest first. */
    @Transactional(readOnly = true)
    public List<SupportTicket> tickets() {
        return jdbc.sql("SELECT t.id, t.customer_id, c.name AS customer_name, t.subject, t.priority, t.status, "
                        + "t.created_at FROM support_ticket t JOIN customer c ON c.id = t.customer_id "
                        + "ORDER BY t.id DESC")
                .query(SupportTicket.class)
                .list();
    }
}
