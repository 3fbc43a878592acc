package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;

/**
 * {@code assistant.turn_end}: the assistant finished a turn of the agent loop.
 *
 * @param envelope the fields every event carries
 * @param turnId the identifier of the turn that ended
 * @param model the model used for the turn, if known
 */
public record AssistantTurnEndEvent(
        EventEnvelope envelope,
        String turnId,
        @Nullable String model) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "assistant.turn_end";

    @Override
    public String type() {
        return TYPE;
    }
}
