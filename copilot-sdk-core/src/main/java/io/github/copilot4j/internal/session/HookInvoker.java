package io.github.copilot4j.internal.session;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.hook.HookContext;
import io.github.copilot4j.hook.HookHandler;
import io.github.copilot4j.hook.HookInput;
import io.github.copilot4j.hook.HookOutput;
import io.github.copilot4j.hook.HookType;
import io.github.copilot4j.hook.SessionHooks;
import io.github.copilot4j.internal.wire.HookWire;
import io.github.copilot4j.internal.wire.WireJson;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers {@code hooks.invoke}: decodes the input for the hook type, runs the session's handler on the callback
 * executor and answers {@code {output}}. A hook type without a handler, an unknown hook type, a handler that returns
 * null, a handler or input that fails and a handler that runs past the handler timeout all answer {@code {}}, so the
 * CLI goes on as without the hook.
 */
final class HookInvoker implements SessionFeature {

    static final String METHOD = "hooks.invoke";

    private static final Logger log = LoggerFactory.getLogger(HookInvoker.class);

    private final SessionHooks hooks;

    HookInvoker(SessionHooks hooks) {
        this.hooks = hooks;
    }

    /** The invoker for a configuration with at least one hook handler. */
    static Optional<SessionFeature> forConfig(SessionConfig config) {
        SessionHooks hooks = config.hooks();
        return hooks != null && hooks.hasAny() ? Optional.of(new HookInvoker(hooks)) : Optional.empty();
    }

    @Override
    public @Nullable CompletableFuture<?> onRequest(String method, JsonNode params, SessionChannel channel) {
        if (!method.equals(METHOD)) {
            return null;
        }
        String wireType = params.path("hookType").asString("");
        HookType type = HookType.fromWireValue(wireType);
        if (type == null) {
            log.debug("Session {}: no handling for hook type {}; answering without output", channel.sessionId(),
                    wireType);
            return CompletableFuture.completedFuture(WireJson.object());
        }
        JsonNode input = params.path("input");
        HookContext context = new HookContext(channel.sessionId());
        return Answers.compute(channel, "The " + wireType + " hook", () -> answer(type, input, context))
                .exceptionally(failure -> {
                    log.warn("Session {}: {}; answering without output", channel.sessionId(), failure.getMessage());
                    return WireJson.object();
                });
    }

    private ObjectNode answer(HookType type, JsonNode input, HookContext context) {
        ObjectNode answer = WireJson.object();
        try {
            HookOutput output = invoke(type, input, context);
            if (output != null) {
                answer.set("output", HookWire.output(output));
            }
        } catch (Exception e) {
            log.warn("Session {}: the {} hook failed; answering without output", context.sessionId(),
                    type.wireValue(), e);
        }
        return answer;
    }

    private @Nullable HookOutput invoke(HookType type, JsonNode input, HookContext context) throws Exception {
        return switch (type) {
            case PRE_TOOL_USE -> call(hooks.preToolUse(), HookWire::preToolUseInput, input, context);
            case PRE_MCP_TOOL_CALL -> call(hooks.preMcpToolCall(), HookWire::preMcpToolCallInput, input, context);
            case POST_TOOL_USE -> call(hooks.postToolUse(), HookWire::postToolUseInput, input, context);
            case POST_TOOL_USE_FAILURE ->
                    call(hooks.postToolUseFailure(), HookWire::postToolUseFailureInput, input, context);
            case USER_PROMPT_SUBMITTED ->
                    call(hooks.userPromptSubmitted(), HookWire::userPromptSubmittedInput, input, context);
            case USER_PROMPT_TRANSFORMED ->
                    call(hooks.userPromptTransformed(), HookWire::userPromptTransformedInput, input, context);
            case SESSION_START -> call(hooks.sessionStart(), HookWire::sessionStartInput, input, context);
            case SESSION_END -> call(hooks.sessionEnd(), HookWire::sessionEndInput, input, context);
            case ERROR_OCCURRED -> call(hooks.errorOccurred(), HookWire::errorOccurredInput, input, context);
            case AGENT_STOP -> call(hooks.agentStop(), HookWire::agentStopInput, input, context);
        };
    }

    private static <I extends HookInput, O extends HookOutput> @Nullable O call(
            @Nullable HookHandler<I, O> handler, Function<JsonNode, I> decoder, JsonNode input, HookContext context)
            throws Exception {
        return handler == null ? null : handler.handle(decoder.apply(input), context);
    }
}
