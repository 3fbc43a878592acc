package io.github.copilot4j.spring;

import io.github.copilot4j.event.AbortEvent;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.AssistantTurnStartEvent;
import io.github.copilot4j.event.AssistantUsageEvent;
import io.github.copilot4j.event.EventEnvelope;
import io.github.copilot4j.event.SessionErrorEvent;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.event.SessionStartEvent;
import io.github.copilot4j.event.UserMessageEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Session events as the SDK decodes them, for tests that play a session's event stream. */
public final class TestEvents {

    private TestEvents() {
    }

    public static EventEnvelope envelope() {
        return new EventEnvelope(UUID.randomUUID().toString(), Instant.now(), null, false, null);
    }

    public static SessionStartEvent sessionStart(String sessionId) {
        return new SessionStartEvent(envelope(), sessionId, 1, "copilot-agent", "1.0.0", Instant.now().toString(),
                null, null, null, null, null);
    }

    public static UserMessageEvent userMessage(String content) {
        return new UserMessageEvent(envelope(), content, null, List.of(), null, null, null, null, null);
    }

    public static AssistantTurnStartEvent turnStart(String model) {
        return new AssistantTurnStartEvent(envelope(), "0", model, null);
    }

    public static AssistantUsageEvent usage(String model, long inputTokens, long outputTokens) {
        return new AssistantUsageEvent(envelope(), model, inputTokens, outputTokens, null, null, null, null, null,
                null, null, null, "stop", null, null, null, null, null);
    }

    public static AssistantMessageEvent assistantMessage(String content) {
        return new AssistantMessageEvent(envelope(), UUID.randomUUID().toString(), content, List.of(), null, null,
                null, null, null, null);
    }

    public static SessionErrorEvent error(String errorType, String message) {
        return new SessionErrorEvent(envelope(), errorType, message, null, 500, null, null, null, null, false);
    }

    public static AbortEvent abort() {
        return new AbortEvent(envelope(), "user_initiated");
    }

    public static SessionIdleEvent idle(boolean aborted) {
        return new SessionIdleEvent(envelope(), aborted);
    }
}
