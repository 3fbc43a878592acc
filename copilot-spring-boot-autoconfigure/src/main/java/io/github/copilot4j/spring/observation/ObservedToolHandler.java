package io.github.copilot4j.spring.observation;

import io.github.copilot4j.tool.ToolHandler;
import io.github.copilot4j.tool.ToolInvocation;
import io.github.copilot4j.tool.ToolResult;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;

/**
 * Runs a tool handler inside a tool-call observation, which is current while the handler runs, so the tool's own
 * observations and spans are its children. A call carrying the CLI's trace context continues that trace (the SDK
 * makes it current before the handler runs); otherwise the observation is a child of the session's turn. A
 * {@link ToolResult} other than a success counts as an error, as does a missing result.
 */
final class ObservedToolHandler implements ToolHandler {

    private static final ToolCallObservationConvention DEFAULT_CONVENTION = new DefaultToolCallObservationConvention();

    private final ToolHandler delegate;
    private final ObservationRegistry registry;
    private final @Nullable ToolCallObservationConvention convention;
    private final TurnObserver turns;
    private final boolean includeContent;

    ObservedToolHandler(ToolHandler delegate, ObservationRegistry registry,
            @Nullable ToolCallObservationConvention convention, TurnObserver turns, boolean includeContent) {
        this.delegate = delegate;
        this.registry = registry;
        this.convention = convention;
        this.turns = turns;
        this.includeContent = includeContent;
    }

    @Override
    public @Nullable Object handle(ToolInvocation invocation) throws Exception {
        ToolCallObservationContext context = new ToolCallObservationContext(invocation.sessionId(),
                invocation.toolCallId(), invocation.toolName(),
                includeContent ? invocation.arguments().toString() : null);
        Observation observation = CopilotObservationDocumentation.TOOL_CALL
                .observation(convention, DEFAULT_CONVENTION, () -> context, registry);
        if (invocation.traceContext().traceparent() == null) {
            observation.parentObservation(turns.currentTurn());
        }
        observation.start();
        Object result;
        try (Observation.Scope scope = observation.openScope()) {
            result = delegate.handle(invocation);
        } catch (Exception | Error e) {
            context.failed(e.getClass().getSimpleName());
            observation.error(e);
            observation.stop();
            throw e;
        }
        if (result instanceof CompletionStage<?> pending) {
            return pending.whenComplete((value, error) -> {
                if (error != null) {
                    Throwable cause = error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    context.failed(cause.getClass().getSimpleName());
                    observation.error(cause);
                } else {
                    completed(context, value);
                }
                observation.stop();
            });
        }
        completed(context, result);
        observation.stop();
        return result;
    }

    private void completed(ToolCallObservationContext context, @Nullable Object result) {
        if (result == null) {
            context.failed("no_result");
            return;
        }
        ToolResult structured = result instanceof ToolResult toolResult ? toolResult : null;
        if (structured != null && structured.resultType() != ToolResult.ResultType.SUCCESS) {
            context.failed(structured.resultType().wireValue());
        }
        if (includeContent) {
            context.result(structured != null ? structured.textResultForLlm() : String.valueOf(result));
        }
    }
}
