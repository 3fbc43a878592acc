package io.github.copilot4j.tool;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One call of a custom tool, as requested by the CLI.
 *
 * @param sessionId the session the call belongs to
 * @param toolCallId the CLI's id of the call
 * @param toolName the name of the called tool
 * @param arguments the arguments chosen by the model (a JSON object, or a missing node when there are none)
 * @param traceparent the W3C {@code traceparent} of the CLI's tool-execution span, or null
 * @param tracestate the W3C {@code tracestate} of that span, or null
 */
public record ToolInvocation(
        String sessionId,
        String toolCallId,
        String toolName,
        JsonNode arguments,
        @Nullable String traceparent,
        @Nullable String tracestate) {

    public ToolInvocation {
        Checks.nonBlank(sessionId, "sessionId");
        Checks.nonBlank(toolCallId, "toolCallId");
        Checks.nonBlank(toolName, "toolName");
        Checks.required(arguments, "arguments");
    }
}
