package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code tool.execution_start}: a tool started running.
 *
 * @param envelope the fields every event carries
 * @param toolCallId the call's identifier
 * @param toolName the tool's name
 * @param arguments the arguments passed to the tool, if any
 * @param mcpServerName the MCP server hosting the tool, for MCP tools
 * @param mcpToolName the tool's name on that MCP server, for MCP tools
 * @param model the model that requested the call, if known
 * @param parentToolCallId the tool call of the parent agent when a sub-agent runs the tool
 * @param turnId the turn the tool runs in, if reported
 */
public record ToolExecutionStartEvent(
        EventEnvelope envelope,
        String toolCallId,
        String toolName,
        @Nullable JsonNode arguments,
        @Nullable String mcpServerName,
        @Nullable String mcpToolName,
        @Nullable String model,
        @Nullable String parentToolCallId,
        @Nullable String turnId) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "tool.execution_start";

    @Override
    public String type() {
        return TYPE;
    }
}
