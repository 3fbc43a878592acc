package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code hook.start}: a hook invocation started.
 *
 * @param envelope the fields every event carries
 * @param hookInvocationId the invocation's identifier
 * @param hookType the hook, e.g. {@code preToolUse} or {@code sessionStart}
 * @param input the hook's input, if any
 */
public record HookStartEvent(
        EventEnvelope envelope,
        String hookInvocationId,
        String hookType,
        @Nullable JsonNode input) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "hook.start";

    @Override
    public String type() {
        return TYPE;
    }
}
