package io.github.copilot4j.sample.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit log of tool calls, in the {@code tool_audit} table. */
@Service
public class AuditLog {

    /** The longest argument summary and detail stored; longer texts are cut. */
    public static final int MAX_TEXT_LENGTH = 300;

    private static final String COLUMNS =
            "id, occurred_at, session_id, tool_name, arguments_summary, outcome, detail, duration_ms";

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a finished tool call, now.
     *
     * @param sessionId the session that made the call
     * @param toolName the tool
     * @param argumentsSummary the arguments, shortened
     * @param outcome how the call ended
     * @param detail the error or rejection message, or null
     * @param duration how long the call took
     */
    @Transactional
    public void record(String sessionId, String toolName, String argumentsSummary, String outcome,
            @Nullable String detail, Duration duration) {
        jdbc.sql("INSERT INTO tool_audit (occurred_at, session_id, tool_name, arguments_summary, outcome, detail, "
                        + "duration_ms) VALUES (:occurredAt, :sessionId, :toolName, :arguments, :outcome, :detail, "
                        + ":durationMs)")
                .param("occurredAt", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MILLIS)))
                .param("sessionId", sessionId)
                .param("toolName", shorten(toolName))
                .param("arguments", shorten(argumentsSummary))
                .param("outcome", outcome)
                .param("detail", detail == null ? null : shorten(detail))
                .param("durationMs", Math.max(0, duration.toMillis()))
                .update();
    }

    /** The newest entries, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tool_audit ORDER BY id DESC")
                .query(AuditEntry.class)
                .list()
                .stream()
                .limit(limit)
                .toList();
    }

    /** The entries of one session, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> forSession(String sessionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tool_audit WHERE session_id = :sessionId ORDER BY id")
                .param("sessionId", sessionId)
                .query(AuditEntry.class)
                .list();
    }

    private static String shorten(String text) {
        return text.length() <= MAX_TEXT_LENGTH ? text : text.substring(0, MAX_TEXT_LENGTH - 1) + "…";
    }
}
