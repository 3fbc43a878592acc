package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;

/**
 * {@code assistant.turn_start}: the assistant started a turn of the agent loop.
 *
 * @param envelope the fields every event carries
 * @param turnId the turn's identifier, typically a stringified number
 * @param model the model used for the turn, if known
 * @param interactionId the interaction id of the turn, if any
 */
public record AssistantTurnStartEvent(
        EventEnvelope envelope,
        String turnId,
        @Nullable String model,
        @Nullable String interactionId) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "assistant.turn_start";

    @Override
    public String type() {
        return TYPE;
    }
}
