package io.github.copilot4j.spring.observation;

import io.micrometer.common.KeyValues;

/**
 * The default {@link ToolCallObservationConvention}: observation {@value #NAME}, contextual name
 * {@code execute_tool <tool>}.
 */
public class DefaultToolCallObservationConvention implements ToolCallObservationConvention {

    /** The observation name. */
    public static final String NAME = "copilot.tool";

    /** The GenAI operation of a tool call. */
    public static final String OPERATION = "execute_tool";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(ToolCallObservationContext context) {
        return OPERATION + " " + context.toolName();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(ToolCallObservationContext context) {
        return KeyValues.of(
                CopilotKeyNames.OPERATION_NAME.withValue(OPERATION),
                CopilotKeyNames.TOOL_NAME.withValue(context.toolName()),
                CopilotKeyNames.OUTCOME.withValue(context.outcome().value()),
                CopilotKeyNames.ERROR_TYPE.withValueOrNone(context.errorType()));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(ToolCallObservationContext context) {
        KeyValues values = KeyValues.of(CopilotKeyNames.CONVERSATION_ID.withValue(context.sessionId()),
                CopilotKeyNames.TOOL_CALL_ID.withValue(context.toolCallId()));
        String arguments = context.arguments();
        if (arguments != null) {
            values = values.and(CopilotKeyNames.TOOL_CALL_ARGUMENTS.withValue(arguments));
        }
        String result = context.result();
        if (result != null) {
            values = values.and(CopilotKeyNames.TOOL_CALL_RESULT.withValue(result));
        }
        return values;
    }
}
