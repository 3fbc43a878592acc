package io.github.copilot4j.spring.hook;

import io.github.copilot4j.hook.AgentStopInput;
import io.github.copilot4j.hook.AgentStopOutput;
import io.github.copilot4j.hook.ErrorOccurredInput;
import io.github.copilot4j.hook.ErrorOccurredOutput;
import io.github.copilot4j.hook.HookHandler;
import io.github.copilot4j.hook.HookType;
import io.github.copilot4j.hook.PostToolUseFailureInput;
import io.github.copilot4j.hook.PostToolUseFailureOutput;
import io.github.copilot4j.hook.PostToolUseInput;
import io.github.copilot4j.hook.PostToolUseOutput;
import io.github.copilot4j.hook.PreMcpToolCallInput;
import io.github.copilot4j.hook.PreMcpToolCallOutput;
import io.github.copilot4j.hook.PreToolUseInput;
import io.github.copilot4j.hook.PreToolUseOutput;
import io.github.copilot4j.hook.SessionEndInput;
import io.github.copilot4j.hook.SessionEndOutput;
import io.github.copilot4j.hook.SessionHooks;
import io.github.copilot4j.hook.SessionStartInput;
import io.github.copilot4j.hook.SessionStartOutput;
import io.github.copilot4j.hook.UserPromptSubmittedInput;
import io.github.copilot4j.hook.UserPromptSubmittedOutput;
import io.github.copilot4j.hook.UserPromptTransformedInput;
import io.github.copilot4j.hook.UserPromptTransformedOutput;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/** Access to the handlers of {@link SessionHooks} by {@link HookType}, for code that treats every type alike. */
public final class HookHandlers {

    private HookHandlers() {
    }

    /** The handler of {@code type} in {@code hooks}, or null. */
    public static @Nullable HookHandler<?, ?> handler(SessionHooks hooks, HookType type) {
        return switch (type) {
            case PRE_TOOL_USE -> hooks.preToolUse();
            case PRE_MCP_TOOL_CALL -> hooks.preMcpToolCall();
            case POST_TOOL_USE -> hooks.postToolUse();
            case POST_TOOL_USE_FAILURE -> hooks.postToolUseFailure();
            case USER_PROMPT_SUBMITTED -> hooks.userPromptSubmitted();
            case USER_PROMPT_TRANSFORMED -> hooks.userPromptTransformed();
            case SESSION_START -> hooks.sessionStart();
            case SESSION_END -> hooks.sessionEnd();
            case ERROR_OCCURRED -> hooks.errorOccurred();
            case AGENT_STOP -> hooks.agentStop();
        };
    }

    /**
     * Sets the handler of {@code type}; the caller guarantees that it takes that type's input and returns its output.
     */
    @SuppressWarnings("unchecked")
    public static SessionHooks.Builder on(SessionHooks.Builder builder, HookType type, HookHandler<?, ?> handler) {
        return switch (type) {
            case PRE_TOOL_USE -> builder.onPreToolUse((HookHandler<PreToolUseInput, PreToolUseOutput>) handler);
            case PRE_MCP_TOOL_CALL -> builder.onPreMcpToolCall(
                    (HookHandler<PreMcpToolCallInput, PreMcpToolCallOutput>) handler);
            case POST_TOOL_USE -> builder.onPostToolUse((HookHandler<PostToolUseInput, PostToolUseOutput>) handler);
            case POST_TOOL_USE_FAILURE -> builder.onPostToolUseFailure(
                    (HookHandler<PostToolUseFailureInput, PostToolUseFailureOutput>) handler);
            case USER_PROMPT_SUBMITTED -> builder.onUserPromptSubmitted(
                    (HookHandler<UserPromptSubmittedInput, UserPromptSubmittedOutput>) handler);
            case USER_PROMPT_TRANSFORMED -> builder.onUserPromptTransformed(
                    (HookHandler<UserPromptTransformedInput, UserPromptTransformedOutput>) handler);
            case SESSION_START -> builder.onSessionStart((HookHandler<SessionStartInput, SessionStartOutput>) handler);
            case SESSION_END -> builder.onSessionEnd((HookHandler<SessionEndInput, SessionEndOutput>) handler);
            case ERROR_OCCURRED -> builder.onErrorOccurred(
                    (HookHandler<ErrorOccurredInput, ErrorOccurredOutput>) handler);
            case AGENT_STOP -> builder.onAgentStop((HookHandler<AgentStopInput, AgentStopOutput>) handler);
        };
    }

    /** The hooks with every handler replaced by what {@code wrap} makes of it. */
    public static SessionHooks map(SessionHooks hooks,
            BiFunction<HookType, HookHandler<?, ?>, HookHandler<?, ?>> wrap) {
        SessionHooks.Builder builder = SessionHooks.builder();
        for (HookType type : hooks.types()) {
            HookHandler<?, ?> handler = handler(hooks, type);
            if (handler != null) {
                on(builder, type, wrap.apply(type, handler));
            }
        }
        return builder.build();
    }
}
