package io.github.copilot4j.spring.observation;

import io.micrometer.common.KeyValues;

/**
 * The default {@link TurnObservationConvention}: observation {@value #NAME}, contextual name
 * {@code invoke_agent <model>}, OpenTelemetry GenAI keys.
 */
public class DefaultTurnObservationConvention implements TurnObservationConvention {

    /** The observation name. */
    public static final String NAME = "gen_ai.client.operation";

    /** The operation of a turn: the agent loop answering one prompt. */
    public static final String OPERATION = "invoke_agent";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(TurnObservationContext context) {
        String model = context.model();
        return model == null ? OPERATION : OPERATION + " " + model;
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(TurnObservationContext context) {
        return KeyValues.of(
                CopilotKeyNames.OPERATION_NAME.withValue(OPERATION),
                CopilotKeyNames.PROVIDER_NAME.withValue(context.providerName()),
                CopilotKeyNames.REQUEST_MODEL.withValueOrNone(context.model()),
                CopilotKeyNames.OUTCOME.withValue(context.outcome().value()),
                CopilotKeyNames.ERROR_TYPE.withValueOrNone(context.errorType()));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(TurnObservationContext context) {
        KeyValues values = KeyValues.of(CopilotKeyNames.CONVERSATION_ID.withValue(context.sessionId()));
        String prompt = context.prompt();
        if (prompt != null) {
            values = values.and(CopilotKeyNames.PROMPT.withValue(prompt));
        }
        String completion = context.completion();
        if (completion != null) {
            values = values.and(CopilotKeyNames.COMPLETION.withValue(completion));
        }
        return values;
    }
}
