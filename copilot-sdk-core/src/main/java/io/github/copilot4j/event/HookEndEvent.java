package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code hook.end}: a hook invocation finished.
 *
 * @param envelope the fields every event carries
 * @param hookInvocationId the invocation's identifier, matching its {@link HookStartEvent}
 * @param hookType the hook, e.g. {@code preToolUse} or {@code sessionStart}
 * @param success whether the hook succeeded
 * @param output the hook's output, if any
 * @param error the error, when the hook failed
 */
public record HookEndEvent(
        EventEnvelope envelope,
        String hookInvocationId,
        String hookType,
        boolean success,
        @Nullable JsonNode output,
        @Nullable HookError error) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "hook.end";

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * Why a hook failed.
     *
     * @param message the error message
     * @param source where the hook came from, e.g. a plugin, if known
     * @param stack the stack trace, if available
     */
    public record HookError(String message, @Nullable String source, @Nullable String stack) {
    }
}
