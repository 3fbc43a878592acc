package io.github.copilot4j.event;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code assistant.message}: a complete assistant message. {@code content} is empty when the message only requests
 * tools.
 *
 * @param envelope the fields every event carries
 * @param messageId the message's identifier, shared with its {@link AssistantMessageDeltaEvent}s
 * @param content the message text
 * @param toolRequests the tools the assistant asks to run (empty when none)
 * @param model the model that produced the message, if known
 * @param parentToolCallId the tool call of the parent agent when a sub-agent sent the message
 * @param interactionId the interaction id of the turn, if any
 * @param turnId the turn that produced the message, if reported
 * @param reasoningText the model's readable reasoning text, if any
 * @param outputTokens the output tokens reported by the model API, if any
 */
public record AssistantMessageEvent(
        EventEnvelope envelope,
        String messageId,
        String content,
        List<ToolRequest> toolRequests,
        @Nullable String model,
        @Nullable String parentToolCallId,
        @Nullable String interactionId,
        @Nullable String turnId,
        @Nullable String reasoningText,
        @Nullable Long outputTokens) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "assistant.message";

    public AssistantMessageEvent {
        toolRequests = List.copyOf(toolRequests);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * A tool invocation the assistant requests.
     *
     * @param toolCallId the call's identifier
     * @param name the tool's name
     * @param arguments the arguments as the model produced them, if any
     * @param type {@code function} or {@code custom}, if reported
     * @param intentionSummary what this call does, if summarised
     * @param mcpServerName the MCP server hosting the tool, for MCP tools
     * @param mcpToolName the tool's name on that MCP server, for MCP tools
     * @param toolTitle the tool's display title, if any
     */
    public record ToolRequest(
            String toolCallId,
            String name,
            @Nullable JsonNode arguments,
            @Nullable String type,
            @Nullable String intentionSummary,
            @Nullable String mcpServerName,
            @Nullable String mcpToolName,
            @Nullable String toolTitle) {
    }
}
