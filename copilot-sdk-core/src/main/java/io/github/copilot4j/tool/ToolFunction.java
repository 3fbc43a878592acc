package io.github.copilot4j.tool;

import org.jspecify.annotations.Nullable;

/**
 * A typed tool that needs only its arguments; see {@link Tools#of(String, String, Class, ToolFunction)}.
 *
 * @param <A> the argument type, bound from the model's JSON arguments
 */
@FunctionalInterface
public interface ToolFunction<A> {

    /**
     * Executes one tool call.
     *
     * @param arguments the bound arguments
     * @return the result, as for {@link ToolHandler#handle(ToolInvocation)}, except that null is an empty successful
     *     result
     * @throws Exception when the tool fails, as for {@link ToolHandler#handle(ToolInvocation)}
     */
    @Nullable Object apply(A arguments) throws Exception;
}
