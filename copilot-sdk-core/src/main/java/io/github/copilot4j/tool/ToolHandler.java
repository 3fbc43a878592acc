package io.github.copilot4j.tool;

import org.jspecify.annotations.Nullable;

/**
 * Runs a custom tool when the model calls it. Calls run on the client's executor, several at a time when the model
 * asks for several tools at once; a handler that waits on I/O may block, or return a future to free the thread.
 */
@FunctionalInterface
public interface ToolHandler {

    /**
     * Executes one tool call.
     *
     * @param invocation the call and its arguments
     * @return the result given to the model: a {@link ToolResult}; a {@link String}, sent verbatim as a successful
     *     result; a {@link java.util.concurrent.CompletionStage} (such as a {@code CompletableFuture}) completing
     *     with one of these, awaited without blocking a thread; or any other value, sent as its JSON text. Null is
     *     reported to the model as the failure "Tool returned no result."
     * @throws Exception when the tool fails; its message is sent to the CLI as the call's error, which the CLI logs
     *     while telling the model only that the tool failed. Return {@link ToolResult#failure(String)} instead for a
     *     message the model should see.
     */
    @Nullable Object handle(ToolInvocation invocation) throws Exception;
}
