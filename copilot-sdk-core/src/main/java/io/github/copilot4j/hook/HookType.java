package io.github.copilot4j.hook;

import org.jspecify.annotations.Nullable;

/**
 * The hook points the SDK handles, with their wire {@code hookType} names. The CLI knows more (e.g.
 * {@code preCompact}); the SDK answers those with no output.
 */
public enum HookType {
    /** Before a tool runs; may allow, deny or modify the call. */
    PRE_TOOL_USE("preToolUse"),
    /** Before an MCP tool call; may replace its {@code _meta}. */
    PRE_MCP_TOOL_CALL("preMcpToolCall"),
    /** After a tool succeeded; may modify the result. */
    POST_TOOL_USE("postToolUse"),
    /** After a tool failed. */
    POST_TOOL_USE_FAILURE("postToolUseFailure"),
    /** When the user submits a prompt; may modify it. */
    USER_PROMPT_SUBMITTED("userPromptSubmitted"),
    /** After the prompt was transformed; may modify the result. */
    USER_PROMPT_TRANSFORMED("userPromptTransformed"),
    /** When the session starts or resumes. */
    SESSION_START("sessionStart"),
    /** When the session ends. */
    SESSION_END("sessionEnd"),
    /** When an error occurs; may ask for a retry. */
    ERROR_OCCURRED("errorOccurred"),
    /** When the agent is about to stop; may block the stop. */
    AGENT_STOP("agentStop");

    private final String wireValue;

    HookType(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The {@code hookType} on the wire. */
    public String wireValue() {
        return wireValue;
    }

    /** The hook type with the given wire name, or null for a type the SDK does not handle. */
    public static @Nullable HookType fromWireValue(String wireValue) {
        for (HookType type : values()) {
            if (type.wireValue.equals(wireValue)) {
                return type;
            }
        }
        return null;
    }
}
