package io.github.copilot4j.sample.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One tool call of the assistant, as the audit log records it.
 *
 * @param id the entry's number
 * @param occurredAt when the call finished
 * @param sessionId the Copilot session that made the call
 * @param toolName the tool
 * @param argumentsSummary the arguments, shortened
 * @param outcome {@code success}, {@code failure}, or how the CLI reports a call that did not run, such as
 *     {@code rejected} or {@code denied}
 * @param detail the error or rejection message, shortened; null on success
 * @param durationMs from the start of the call (including any wait for approval) to its end, in milliseconds
 */
public record AuditEntry(long id, Instant occurredAt, String sessionId, String toolName, String argumentsSummary,
        String outcome, @Nullable String detail, long durationMs) {
}
