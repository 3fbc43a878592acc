package io.github.copilot4j.sample.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.hook.HookContext;
import io.github.copilot4j.hook.HookToolResult;
import io.github.copilot4j.hook.PostToolUseFailureInput;
import io.github.copilot4j.hook.PostToolUseInput;
import io.github.copilot4j.hook.PreToolUseInput;
import io.github.copilot4j.sample.SupportDeskTest;
import java.time.Instant;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The hook methods called as the CLI would, writing to the application's database. */
@SupportDeskTest
class ToolCallAuditTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private ToolCallAudit audit;

    @Autowired
    private AuditLog auditLog;

    @Test
    void recordsASuccessfulCallWithItsDuration() throws InterruptedException {
        String session = UUID.randomUUID().toString();
        ObjectNode arguments = json.createObjectNode().put("query", "Ada");
        audit.callStarting(new PreToolUseInput(session, Instant.now(), "/work", "find_customer", arguments),
                new HookContext(session));
        Thread.sleep(30);
        audit.callFinished(new PostToolUseInput(session, Instant.now(), "/work", "find_customer", arguments.deepCopy(),
                HookToolResult.success("[]")), new HookContext(session));

        assertThat(auditLog.forSession(session)).singleElement().satisfies(entry -> {
            assertThat(entry.toolName()).isEqualTo("find_customer");
            assertThat(entry.argumentsSummary()).isEqualTo("query=Ada");
            assertThat(entry.outcome()).isEqualTo("success");
            assertThat(entry.detail()).isNull();
            assertThat(entry.durationMs()).isGreaterThanOrEqualTo(30);
        });
    }

    @Test
    void recordsFailuresAndRejections() {
        String session = UUID.randomUUID().toString();
        ObjectNode order = json.createObjectNode().put("orderNumber", "Z-1");
        audit.callStarting(new PreToolUseInput(session, Instant.now(), "/work", "get_order_status", order),
                new HookContext(session));
        audit.callFailed(new PostToolUseFailureInput(session, Instant.now(), "/work", "get_order_status", order,
                "There is no order numbered 'Z-1'"), new HookContext(session));
        ObjectNode ticket = json.createObjectNode().put("customerId", 1);
        audit.callStarting(new PreToolUseInput(session, Instant.now(), "/work", "open_ticket", ticket),
                new HookContext(session));
        audit.callRejected(session, "open_ticket", ticket, "Declined");

        assertThat(auditLog.forSession(session))
                .extracting(AuditEntry::toolName, AuditEntry::outcome, AuditEntry::detail)
                .containsExactly(
                        Tuple.tuple("get_order_status", "failure",
                                "There is no order numbered 'Z-1'"),
                        Tuple.tuple("open_ticket", "rejected", "Declined"));
    }

    @Test
    void recordsACallWhoseStartWasNotSeenWithoutADuration() {
        String session = UUID.randomUUID().toString();
        audit.callFinished(new PostToolUseInput(session, Instant.now(), "/work", "list_orders", null,
                new HookToolResult("denied by policy", "denied", null, null, null)), new HookContext(session));
        assertThat(auditLog.forSession(session)).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo("denied");
            assertThat(entry.detail()).isEqualTo("denied by policy");
            assertThat(entry.argumentsSummary()).isEmpty();
            assertThat(entry.durationMs()).isZero();
        });
    }
}
