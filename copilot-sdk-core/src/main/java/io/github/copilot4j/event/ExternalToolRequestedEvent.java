package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code external_tool.requested}: the runtime asks a client to run a tool the client registered. Broadcast to every
 * client of the session; the one that has a handler for {@code toolName} answers with
 * {@code session.tools.handlePendingToolCall}.
 *
 * @param envelope the fields every event carries
 * @param requestId the request's identifier, used in the answer
 * @param sessionId the session the request belongs to
 * @param toolCallId the tool call's identifier
 * @param toolName the tool to run
 * @param arguments the arguments for the tool, if any
 * @param workingDirectory the session's working directory, if known
 * @param providerId the provider that offered the tool, for extension-owned tools
 * @param traceparent the W3C trace context {@code traceparent} of the tool span, if any
 * @param tracestate the W3C trace context {@code tracestate} of the tool span, if any
 */
public record ExternalToolRequestedEvent(
        EventEnvelope envelope,
        String requestId,
        String sessionId,
        String toolCallId,
        String toolName,
        @Nullable JsonNode arguments,
        @Nullable String workingDirectory,
        @Nullable String providerId,
        @Nullable String traceparent,
        @Nullable String tracestate) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "external_tool.requested";

    @Override
    public String type() {
        return TYPE;
    }
}
