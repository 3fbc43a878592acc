package io.github.copilot4j.event;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code user.message}: a user message entered the conversation.
 *
 * @param envelope the fields every event carries
 * @param content the message text as displayed
 * @param transformedContent the text as sent to the model, with the runtime's additions, if different
 * @param attachments the attached files, selections and references, as received (empty when none)
 * @param source where the message came from, e.g. {@code skill-pdf} or {@code agent-<id>}, if not typed by the user
 * @param agentMode the agent mode at send time: {@code interactive}, {@code plan}, {@code autopilot} or {@code shell},
 *        if reported
 * @param delivery how it reached the agent loop: {@code idle}, {@code steering} or {@code queued}, if reported
 * @param interactionId the interaction id correlating the message with its turn, if any
 * @param turnId the agent-loop turn that consumed the message, if any
 */
public record UserMessageEvent(
        EventEnvelope envelope,
        String content,
        @Nullable String transformedContent,
        List<JsonNode> attachments,
        @Nullable String source,
        @Nullable String agentMode,
        @Nullable String delivery,
        @Nullable String interactionId,
        @Nullable String turnId) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "user.message";

    public UserMessageEvent {
        attachments = List.copyOf(attachments);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
