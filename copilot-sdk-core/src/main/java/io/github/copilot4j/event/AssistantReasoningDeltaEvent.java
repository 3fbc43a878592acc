package io.github.copilot4j.event;

/**
 * {@code assistant.reasoning_delta}: a chunk of reasoning text being streamed (only when streaming is on). Always
 * ephemeral.
 *
 * @param envelope the fields every event carries
 * @param reasoningId the reasoning block the chunk belongs to
 * @param deltaContent the text to append
 */
public record AssistantReasoningDeltaEvent(
        EventEnvelope envelope,
        String reasoningId,
        String deltaContent) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "assistant.reasoning_delta";

    @Override
    public String type() {
        return TYPE;
    }
}
