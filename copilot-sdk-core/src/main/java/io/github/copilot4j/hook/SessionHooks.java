package io.github.copilot4j.hook;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The hook handlers of a session, at most one per {@link HookType}. Immutable.
 * <pre>{@code
 * SessionHooks hooks = SessionHooks.builder()
 *         .onPreToolUse((input, context) -> input.toolName().equals("bash")
 *                 ? PreToolUseOutput.deny("No shell here.")
 *                 : PreToolUseOutput.allow())
 *         .onUserPromptSubmitted((input, context) -> UserPromptSubmittedOutput.modifyPrompt(input.prompt().trim()))
 *         .build();
 * }</pre>
 * Handlers run on the client's callback executor while the CLI waits. A handler that returns null, or throws, lets
 * the CLI go on as if there were no hook.
 */
public final class SessionHooks {

    private final Map<HookType, HookHandler<?, ?>> handlers;

    private SessionHooks(EnumMap<HookType, HookHandler<?, ?>> handlers) {
        this.handlers = Collections.unmodifiableMap(handlers);
    }

    /** Starts an empty set of hooks. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether any handler is set; the session announces {@code hooks: true} exactly then. */
    public boolean hasAny() {
        return !handlers.isEmpty();
    }

    /** The hook types that have a handler. */
    public Set<HookType> types() {
        return handlers.keySet();
    }

    /** The {@code preToolUse} handler, or null. */
    public @Nullable HookHandler<PreToolUseInput, PreToolUseOutput> preToolUse() {
        return handler(HookType.PRE_TOOL_USE);
    }

    /** The {@code preMcpToolCall} handler, or null. */
    public @Nullable HookHandler<PreMcpToolCallInput, PreMcpToolCallOutput> preMcpToolCall() {
        return handler(HookType.PRE_MCP_TOOL_CALL);
    }

    /** The {@code postToolUse} handler, or null. */
    public @Nullable HookHandler<PostToolUseInput, PostToolUseOutput> postToolUse() {
        return handler(HookType.POST_TOOL_USE);
    }

    /** The {@code postToolUseFailure} handler, or null. */
    public @Nullable HookHandler<PostToolUseFailureInput, PostToolUseFailureOutput> postToolUseFailure() {
        return handler(HookType.POST_TOOL_USE_FAILURE);
    }

    /** The {@code userPromptSubmitted} handler, or null. */
    public @Nullable HookHandler<UserPromptSubmittedInput, UserPromptSubmittedOutput> userPromptSubmitted() {
        return handler(HookType.USER_PROMPT_SUBMITTED);
    }

    /** The {@code userPromptTransformed} handler, or null. */
    public @Nullable HookHandler<UserPromptTransformedInput, UserPromptTransformedOutput> userPromptTransformed() {
        return handler(HookType.USER_PROMPT_TRANSFORMED);
    }

    /** The {@code sessionStart} handler, or null. */
    public @Nullable HookHandler<SessionStartInput, SessionStartOutput> sessionStart() {
        return handler(HookType.SESSION_START);
    }

    /** The {@code sessionEnd} handler, or null. */
    public @Nullable HookHandler<SessionEndInput, SessionEndOutput> sessionEnd() {
        return handler(HookType.SESSION_END);
    }

    /** The {@code errorOccurred} handler, or null. */
    public @Nullable HookHandler<ErrorOccurredInput, ErrorOccurredOutput> errorOccurred() {
        return handler(HookType.ERROR_OCCURRED);
    }

    /** The {@code agentStop} handler, or null. */
    public @Nullable HookHandler<AgentStopInput, AgentStopOutput> agentStop() {
        return handler(HookType.AGENT_STOP);
    }

    /** The builder stores each handler under the type whose input and output it takes. */
    @SuppressWarnings("unchecked")
    private <I extends HookInput, O extends HookOutput> @Nullable HookHandler<I, O> handler(HookType type) {
        return (HookHandler<I, O>) handlers.get(type);
    }

    @Override
    public String toString() {
        return "SessionHooks" + handlers.keySet();
    }

    /** Collects hook handlers; setting a handler again replaces it, null removes it. */
    public static final class Builder {

        private final EnumMap<HookType, HookHandler<?, ?>> handlers = new EnumMap<>(HookType.class);

        private Builder() {
        }

        /** Sets the handler run before a tool runs. */
        public Builder onPreToolUse(@Nullable HookHandler<PreToolUseInput, PreToolUseOutput> handler) {
            return set(HookType.PRE_TOOL_USE, handler);
        }

        /** Sets the handler run before an MCP tool call is sent. */
        public Builder onPreMcpToolCall(@Nullable HookHandler<PreMcpToolCallInput, PreMcpToolCallOutput> handler) {
            return set(HookType.PRE_MCP_TOOL_CALL, handler);
        }

        /** Sets the handler run after a tool succeeded. */
        public Builder onPostToolUse(@Nullable HookHandler<PostToolUseInput, PostToolUseOutput> handler) {
            return set(HookType.POST_TOOL_USE, handler);
        }

        /** Sets the handler run after a tool failed. */
        public Builder onPostToolUseFailure(
                @Nullable HookHandler<PostToolUseFailureInput, PostToolUseFailureOutput> handler) {
            return set(HookType.POST_TOOL_USE_FAILURE, handler);
        }

        /** Sets the handler run when a prompt is submitted. */
        public Builder onUserPromptSubmitted(
                @Nullable HookHandler<UserPromptSubmittedInput, UserPromptSubmittedOutput> handler) {
            return set(HookType.USER_PROMPT_SUBMITTED, handler);
        }

        /** Sets the handler run after the CLI decorated a prompt. */
        public Builder onUserPromptTransformed(
                @Nullable HookHandler<UserPromptTransformedInput, UserPromptTransformedOutput> handler) {
            return set(HookType.USER_PROMPT_TRANSFORMED, handler);
        }

        /** Sets the handler run when the session starts. */
        public Builder onSessionStart(@Nullable HookHandler<SessionStartInput, SessionStartOutput> handler) {
            return set(HookType.SESSION_START, handler);
        }

        /** Sets the handler run when the session ends. */
        public Builder onSessionEnd(@Nullable HookHandler<SessionEndInput, SessionEndOutput> handler) {
            return set(HookType.SESSION_END, handler);
        }

        /** Sets the handler run when an error occurs. */
        public Builder onErrorOccurred(@Nullable HookHandler<ErrorOccurredInput, ErrorOccurredOutput> handler) {
            return set(HookType.ERROR_OCCURRED, handler);
        }

        /** Sets the handler run when the agent is about to stop. */
        public Builder onAgentStop(@Nullable HookHandler<AgentStopInput, AgentStopOutput> handler) {
            return set(HookType.AGENT_STOP, handler);
        }

        private Builder set(HookType type, @Nullable HookHandler<?, ?> handler) {
            if (handler == null) {
                handlers.remove(type);
            } else {
                handlers.put(type, handler);
            }
            return this;
        }

        /** The hooks collected so far. */
        public SessionHooks build() {
            return new SessionHooks(new EnumMap<>(handlers));
        }
    }
}
