package io.github.copilot4j.tool;

import io.github.copilot4j.internal.util.Checks;
import io.github.copilot4j.trace.TraceContext;
import tools.jackson.databind.JsonNode;

/**
 * One call of a custom tool, as requested by the CLI.
 *
 * @param sessionId the session the call belongs to
 * @param toolCallId the CLI's id of the call
 * @param toolName the name of the called tool
 * @param arguments the arguments chosen by the model, normally a JSON object (empty when there are none); a private
 *     copy of the request's arguments
 * @param traceContext the W3C trace context of the CLI's tool-execution span, or {@link TraceContext#NONE}
 * @param cancellation fires when the call's result is no longer wanted
 */
public record ToolInvocation(
        String sessionId,
        String toolCallId,
        String toolName,
        JsonNode arguments,
        TraceContext traceContext,
        ToolCancellation cancellation) {

    public ToolInvocation {
        Checks.nonBlank(sessionId, "sessionId");
        Checks.nonBlank(toolCallId, "toolCallId");
        Checks.nonBlank(toolName, "toolName");
        arguments = Checks.required(arguments, "arguments").deepCopy();
        Checks.required(traceContext, "traceContext");
        Checks.required(cancellation, "cancellation");
    }

    /** A call without trace context and with a fresh cancellation signal, for example to test a tool. */
    public ToolInvocation(String sessionId, String toolCallId, String toolName, JsonNode arguments) {
        this(sessionId, toolCallId, toolName, arguments, TraceContext.NONE, new ToolCancellation());
    }
}
