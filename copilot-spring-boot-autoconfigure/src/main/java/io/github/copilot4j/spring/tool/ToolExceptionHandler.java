package io.github.copilot4j.spring.tool;

import io.github.copilot4j.tool.ToolInvocation;
import io.github.copilot4j.tool.ToolResult;

/**
 * Turns the exception of a failed {@link io.github.copilot4j.tool.CopilotTool @CopilotTool} method (or of its
 * arguments' binding) into the result the model sees. Declare a bean of this type to replace
 * {@link SanitizingToolExceptionHandler}.
 */
@FunctionalInterface
public interface ToolExceptionHandler {

    /**
     * The result of a failed call.
     *
     * @param invocation the call
     * @param exception what the tool threw
     * @return the result given to the model, usually a {@link ToolResult#failure(String) failure}
     */
    ToolResult handle(ToolInvocation invocation, Exception exception);
}
