package io.github.copilot4j.spring.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.common.docs.KeyName;
import org.jspecify.annotations.Nullable;

/** The keys of Copilot observations; names follow the OpenTelemetry GenAI semantic conventions where one exists. */
public enum CopilotKeyNames implements KeyName {

    /** The GenAI operation: {@code invoke_agent} for a turn, {@code execute_tool} for a tool call. */
    OPERATION_NAME("gen_ai.operation.name"),

    /** The model provider: {@code github-copilot} or the type of the session's BYOK provider. */
    PROVIDER_NAME("gen_ai.provider.name"),

    /** The model the turn used, {@code none} when not known. */
    REQUEST_MODEL("gen_ai.request.model"),

    /** The called tool. */
    TOOL_NAME("gen_ai.tool.name"),

    /** The hook type, as named on the wire ({@code preToolUse}, ...). */
    HOOK_TYPE("copilot.hook.type"),

    /** How it ended: {@code success}, {@code error} or {@code aborted}. */
    OUTCOME("outcome"),

    /** The error category ({@code rate_limit}, or the exception's simple class name), {@code none} on success. */
    ERROR_TYPE("error.type"),

    /** The session id (high cardinality). */
    CONVERSATION_ID("gen_ai.conversation.id"),

    /** The CLI's id of the tool call (high cardinality). */
    TOOL_CALL_ID("gen_ai.tool.call.id"),

    /** The prompt that started the turn; recorded only when content recording is enabled. */
    PROMPT("gen_ai.prompt"),

    /** The turn's final assistant message; recorded only when content recording is enabled. */
    COMPLETION("gen_ai.completion"),

    /** The tool call's arguments as JSON; recorded only when content recording is enabled. */
    TOOL_CALL_ARGUMENTS("gen_ai.tool.call.arguments"),

    /** The tool call's result; recorded only when content recording is enabled. */
    TOOL_CALL_RESULT("gen_ai.tool.call.result");

    private final String name;

    CopilotKeyNames(String name) {
        this.name = name;
    }

    @Override
    public String asString() {
        return name;
    }

    /** This key with the value, or with {@link KeyValue#NONE_VALUE} when the value is null or empty. */
    KeyValue withValueOrNone(@Nullable String value) {
        return value == null || value.isEmpty() ? withNoneValue() : withValue(value);
    }
}
