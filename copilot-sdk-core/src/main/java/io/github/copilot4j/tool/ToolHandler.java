package io.github.copilot4j.tool;

import org.jspecify.annotations.Nullable;

/** Runs a custom tool when the model calls it. */
@FunctionalInterface
public interface ToolHandler {

    /**
     * Executes one tool call.
     *
     * @param invocation the call and its arguments
     * @return the result given to the model: a string, a tool result object, or any value serialisable to JSON; null
     *     for no result
     * @throws Exception when the tool fails; its message is reported to the model
     */
    @Nullable Object handle(ToolInvocation invocation) throws Exception;
}
