package io.github.copilot4j.sample.desk;

import java.time.Instant;

/**
 * A support ticket.
 *
 * @param id the ticket number
 * @param customerId the number of the customer the ticket is for
 * @param customerName the name of that customer
 * @param subject what the ticket is about
 * @param priority LOW, NORMAL, HIGH or URGENT
 * @param status the ticket's status; OPEN when created
 * @param createdAt when the ticket was opened
 */
public record SupportTicket(long id, long customerId, String customerName, String subject, String priority,
        String status, Instant createdAt) {
}
