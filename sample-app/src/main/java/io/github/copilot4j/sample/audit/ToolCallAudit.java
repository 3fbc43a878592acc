package io.github.copilot4j.sample.audit;

import io.github.copilot4j.hook.HookContext;
import io.github.copilot4j.hook.HookToolResult;
import io.github.copilot4j.hook.HookType;
import io.github.copilot4j.hook.PostToolUseFailureInput;
import io.github.copilot4j.hook.PostToolUseInput;
import io.github.copilot4j.hook.PreToolUseInput;
import io.github.copilot4j.spring.hook.CopilotHook;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Writes an {@link AuditLog} entry for every tool call of every session: {@code preToolUse} notes when a call starts,
 * {@code postToolUse} and {@code postToolUseFailure} record its outcome and duration. The hooks change nothing about
 * the calls. A call whose permission request is rejected never runs, and the CLI raises no post-tool hook for it, so
 * the permission handler reports it with {@link #callRejected}.
 */
@Component
public class ToolCallAudit {

    /** Calls whose end never came are forgotten after this long. */
    static final Duration FORGET_AFTER = Duration.ofMinutes(30);

    private final AuditLog auditLog;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Deque<Instant>> startedCalls = new ConcurrentHashMap<>();

    public ToolCallAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** Notes the start of a call. */
    @CopilotHook(HookType.PRE_TOOL_USE)
    public void callStarting(PreToolUseInput input, HookContext context) {
        Instant now = clock.instant();
        startedCalls.values().forEach(starts -> starts.removeIf(start -> start.plus(FORGET_AFTER).isBefore(now)));
        startedCalls.values().removeIf(Deque::isEmpty);
        startedCalls.computeIfAbsent(callKey(context.sessionId(), input.toolName(), input.toolArgs()),
                key -> new ConcurrentLinkedDeque<>()).add(now);
    }

    /** Records a call that returned a result: a success, or one the CLI reports as rejected, denied or failed. */
    @CopilotHook(HookType.POST_TOOL_USE)
    public void callFinished(PostToolUseInput input, HookContext context) {
        HookToolResult result = input.toolResult();
        String outcome = result.resultType().isBlank() ? "success" : result.resultType();
        String detail = outcome.equals("success") ? null
                : result.error() != null ? result.error() : result.textResultForLlm();
        record(context.sessionId(), input.toolName(), input.toolArgs(), outcome, detail);
    }

    /** Records a call that failed. */
    @CopilotHook(HookType.POST_TOOL_USE_FAILURE)
    public void callFailed(PostToolUseFailureInput input, HookContext context) {
        record(context.sessionId(), input.toolName(), input.toolArgs(), "failure", input.error());
    }

    /**
     * Records a call that did not run because its permission request was rejected.
     *
     * @param sessionId the session that asked
     * @param toolName the tool
     * @param arguments the arguments of the call, as in the permission request
     * @param reason why it was rejected
     */
    public void callRejected(String sessionId, String toolName, @Nullable JsonNode arguments, String reason) {
        record(sessionId, toolName, arguments, "rejected", reason);
    }

    private void record(String sessionId, String toolName, @Nullable JsonNode arguments, String outcome,
            @Nullable String detail) {
        Instant end = clock.instant();
        Deque<Instant> starts = startedCalls.get(callKey(sessionId, toolName, arguments));
        Instant start = starts != null ? starts.pollFirst() : null;
        Duration duration = start != null ? Duration.between(start, end) : Duration.ZERO;
        auditLog.record(sessionId, toolName, ToolArguments.summary(arguments), outcome, detail, duration);
    }

    private static String callKey(String sessionId, String toolName, @Nullable JsonNode arguments) {
        return sessionId + '\u0000' + toolName + '\u0000' + (arguments == null ? "" : arguments.toString());
    }
}
