package io.github.copilot4j.event;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code user_input.requested}: the agent asks the user a question. Always ephemeral.
 *
 * @param envelope the fields every event carries
 * @param requestId the request's identifier
 * @param question the question
 * @param choices the predefined answers offered (empty when none)
 * @param allowFreeform whether a free-text answer is allowed ({@code true} when absent)
 * @param toolCallId the tool call that asked, if any
 */
public record UserInputRequestedEvent(
        EventEnvelope envelope,
        String requestId,
        String question,
        List<String> choices,
        boolean allowFreeform,
        @Nullable String toolCallId) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "user_input.requested";

    public UserInputRequestedEvent {
        choices = List.copyOf(choices);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
