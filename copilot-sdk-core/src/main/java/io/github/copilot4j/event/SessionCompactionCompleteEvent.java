package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;

/**
 * {@code session.compaction_complete}: conversation compaction finished, successfully or not.
 *
 * @param envelope the fields every event carries
 * @param success whether compaction succeeded
 * @param error the error message when it failed
 * @param trigger what started it, if reported
 * @param preCompactionTokens the conversation tokens before compaction, if reported
 * @param postCompactionTokens the conversation tokens after compaction, if reported
 * @param tokensRemoved the tokens removed, if reported
 * @param messagesRemoved the messages removed, if reported
 * @param preCompactionMessagesLength the number of messages before compaction, if reported
 * @param summaryContent the generated summary of the compacted history, if any
 * @param checkpointNumber the number of the recovery checkpoint created, if any
 * @param checkpointPath the file of that checkpoint, if any
 */
public record SessionCompactionCompleteEvent(
        EventEnvelope envelope,
        boolean success,
        @Nullable String error,
        @Nullable String trigger,
        @Nullable Long preCompactionTokens,
        @Nullable Long postCompactionTokens,
        @Nullable Long tokensRemoved,
        @Nullable Long messagesRemoved,
        @Nullable Long preCompactionMessagesLength,
        @Nullable String summaryContent,
        @Nullable Long checkpointNumber,
        @Nullable String checkpointPath) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "session.compaction_complete";

    @Override
    public String type() {
        return TYPE;
    }
}
