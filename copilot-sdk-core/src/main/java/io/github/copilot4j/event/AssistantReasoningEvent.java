package io.github.copilot4j.event;

/**
 * {@code assistant.reasoning}: the model's complete reasoning text for one reasoning block.
 *
 * @param envelope the fields every event carries
 * @param reasoningId the reasoning block's identifier
 * @param content the reasoning text
 */
public record AssistantReasoningEvent(
        EventEnvelope envelope,
        String reasoningId,
        String content) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "assistant.reasoning";

    @Override
    public String type() {
        return TYPE;
    }
}
