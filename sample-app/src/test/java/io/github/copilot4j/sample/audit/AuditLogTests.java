package io.github.copilot4j.sample.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.sample.SupportDeskTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SupportDeskTest
class AuditLogTests {

    @Autowired
    private AuditLog auditLog;

    @Test
    void keepsTheEntriesOfASessionInOrderAndListsTheNewestFirst() {
        String session = UUID.randomUUID().toString();
        auditLog.record(session, "find_customer", "query=Ada", "success", null, Duration.ofMillis(12));
        auditLog.record(session, "open_ticket", "customerId=1", "rejected", "Declined", Duration.ofSeconds(2));

        assertThat(auditLog.forSession(session)).extracting(AuditEntry::toolName)
                .containsExactly("find_customer", "open_ticket");
        assertThat(auditLog.forSession(session).get(1).durationMs()).isEqualTo(2000);
        assertThat(auditLog.recent(2)).extracting(AuditEntry::toolName).containsExactly("open_ticket", "find_customer");
    }

    @Test
    void cutsLongTexts() {
        String session = UUID.randomUUID().toString();
        auditLog.record(session, "find_customer", "q".repeat(500), "failure", "e".repeat(500), Duration.ZERO);
        AuditEntry entry = auditLog.forSession(session).get(0);
        assertThat(entry.argumentsSummary()).hasSize(AuditLog.MAX_TEXT_LENGTH).endsWith("…");
        assertThat(entry.detail()).hasSize(AuditLog.MAX_TEXT_LENGTH);
    }
}
