package io.github.copilot4j.tool;

import org.jspecify.annotations.Nullable;

/**
 * A typed tool that also needs the call itself (its ids, trace context or cancellation); see
 * {@link Tools#of(String, String, Class, ToolBiFunction)}.
 *
 * @param <A> the argument type, bound from the model's JSON arguments
 */
@FunctionalInterface
public interface ToolBiFunction<A> {

    /**
     * Executes one tool call.
     *
     * @param arguments the bound arguments
     * @param invocation the call
     * @return the result, as for {@link ToolHandler#handle(ToolInvocation)}, except that null is an empty successful
     *     result
     * @throws Exception when the tool fails, as for {@link ToolHandler#handle(ToolInvocation)}
     */
    @Nullable Object apply(A arguments, ToolInvocation invocation) throws Exception;
}
