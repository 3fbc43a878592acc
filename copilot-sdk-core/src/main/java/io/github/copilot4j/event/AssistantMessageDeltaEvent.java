package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;

/**
 * {@code assistant.message_delta}: a chunk of an assistant message being streamed (only when streaming is on);
 * concatenating the {@code deltaContent} of one {@code messageId} gives the message. Always ephemeral.
 *
 * @param envelope the fields every event carries
 * @param messageId the message the chunk belongs to
 * @param deltaContent the text to append
 * @param parentToolCallId the tool call of the parent agent when a sub-agent streams the message
 */
public record AssistantMessageDeltaEvent(
        EventEnvelope envelope,
        String messageId,
        String deltaContent,
        @Nullable String parentToolCallId) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "assistant.message_delta";

    @Override
    public String type() {
        return TYPE;
    }
}
