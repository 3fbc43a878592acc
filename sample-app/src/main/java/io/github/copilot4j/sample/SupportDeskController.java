package io.github.copilot4j.sample;

import io.github.copilot4j.sample.audit.AuditEntry;
import io.github.copilot4j.sample.audit.AuditLog;
import io.github.copilot4j.sample.backend.ModelBackend;
import io.github.copilot4j.sample.desk.SupportTicket;
import io.github.copilot4j.sample.desk.TicketService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The page's API for the desk's side panels: the model back end, the audit log and the tickets. */
@RestController
@RequestMapping("/api")
class SupportDeskController {

    private static final int MAX_AUDIT_ENTRIES = 200;

    private final ModelBackend backend;
    private final AuditLog auditLog;
    private final TicketService tickets;

    SupportDeskController(ModelBackend backend, AuditLog auditLog, TicketService tickets) {
        this.backend = backend;
        this.auditLog = auditLog;
        this.tickets = tickets;
    }

    @GetMapping("/backend")
    BackendView backend() {
        return new BackendView(backend.id(), backend.label(), backend == ModelBackend.OFFLINE_DEMO);
    }

    @GetMapping("/audit")
    List<AuditEntry> audit(@RequestParam(defaultValue = "50") int limit) {
        return auditLog.recent(Math.max(1, Math.min(limit, MAX_AUDIT_ENTRIES)));
    }

    @GetMapping("/tickets")
    List<SupportTicket> tickets() {
        return tickets.tickets();
    }

    /**
     * The model back end, for the page's banner.
     *
     * @param id the back end's name in {@code support-desk.model-backend}
     * @param label what the page calls it
     * @param offlineDemo whether answers come from the offline demo model
     */
    record BackendView(String id, String label, boolean offlineDemo) {
    }
}
