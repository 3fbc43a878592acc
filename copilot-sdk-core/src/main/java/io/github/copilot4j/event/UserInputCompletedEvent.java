package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;

/**
 * {@code user_input.completed}: a user input request was answered. Always ephemeral.
 *
 * @param envelope the fields every event carries
 * @param requestId the answered request
 * @param answer the answer, if any
 * @param wasFreeform whether the answer was typed rather than chosen, if reported
 */
public record UserInputCompletedEvent(
        EventEnvelope envelope,
        String requestId,
        @Nullable String answer,
        @Nullable Boolean wasFreeform) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "user_input.completed";

    @Override
    public String type() {
        return TYPE;
    }
}
