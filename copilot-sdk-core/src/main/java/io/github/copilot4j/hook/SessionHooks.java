package io.github.copilot4j.hook;

import io.github.copilot4j.internal.util.Checks;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The hook handlers of a session, at most one per {@link HookType}. Immutable. */
public final class SessionHooks {

    private final Map<HookType, HookHandler> handlers;

    private SessionHooks(EnumMap<HookType, HookHandler> handlers) {
        this.handlers = Collections.unmodifiableMap(handlers);
    }

    /** Starts an empty set of hooks. */
    public static Builder builder() {
        return new Builder();
    }

    /** The handler for {@code type}, or null. */
    public @Nullable HookHandler handler(HookType type) {
        return handlers.get(type);
    }

    /** Whether any handler is set; the session announces {@code hooks: true} exactly then. */
    public boolean hasAny() {
        return !handlers.isEmpty();
    }

    @Override
    public String toString() {
        return "SessionHooks" + handlers.keySet();
    }

    /** Collects hook handlers. */
    public static final class Builder {

        private final EnumMap<HookType, HookHandler> handlers = new EnumMap<>(HookType.class);

        private Builder() {
        }

        /** Sets the handler for {@code type}; null removes it. */
        public Builder on(HookType type, @Nullable HookHandler handler) {
            Checks.required(type, "type");
            if (handler == null) {
                handlers.remove(type);
            } else {
                handlers.put(type, handler);
            }
            return this;
        }

        /** Sets the {@code preToolUse} handler. */
        public Builder onPreToolUse(@Nullable HookHandler handler) {
            return on(HookType.PRE_TOOL_USE, handler);
        }

        /** Sets the {@code preMcpToolCall} handler. */
        public Builder onPreMcpToolCall(@Nullable HookHandler handler) {
            return on(HookType.PRE_MCP_TOOL_CALL, handler);
        }

        /** Sets the {@code postToolUse} handler. */
        public Builder onPostToolUse(@Nullable HookHandler handler) {
            return on(HookType.POST_TOOL_USE, handler);
        }

        /** Sets the {@code postToolUseFailure} handler. */
        public Builder onPostToolUseFailure(@Nullable HookHandler handler) {
            return on(HookType.POST_TOOL_USE_FAILURE, handler);
        }

        /** Sets the {@code userPromptSubmitted} handler. */
        public Builder onUserPromptSubmitted(@Nullable HookHandler handler) {
            return on(HookType.USER_PROMPT_SUBMITTED, handler);
        }

        /** Sets the {@code userPromptTransformed} handler. */
        public Builder onUserPromptTransformed(@Nullable HookHandler handler) {
            return on(HookType.USER_PROMPT_TRANSFORMED, handler);
        }

        /** Sets the {@code sessionStart} handler. */
        public Builder onSessionStart(@Nullable HookHandler handler) {
            return on(HookType.SESSION_START, handler);
        }

        /** Sets the {@code sessionEnd} handler. */
        public Builder onSessionEnd(@Nullable HookHandler handler) {
            return on(HookType.SESSION_END, handler);
        }

        /** Sets the {@code errorOccurred} handler. */
        public Builder onErrorOccurred(@Nullable HookHandler handler) {
            return on(HookType.ERROR_OCCURRED, handler);
        }

        /** Sets the {@code agentStop} handler. */
        public Builder onAgentStop(@Nullable HookHandler handler) {
            return on(HookType.AGENT_STOP, handler);
        }

        /** The hooks collected so far. */
        public SessionHooks build() {
            return new SessionHooks(new EnumMap<>(handlers));
        }
    }
}
