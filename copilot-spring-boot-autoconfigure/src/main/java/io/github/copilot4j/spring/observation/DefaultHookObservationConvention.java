package io.github.copilot4j.spring.observation;

import io.micrometer.common.KeyValues;

/** The default {@link HookObservationConvention}: observation {@value #NAME}, contextual name {@code hook <type>}. */
public class DefaultHookObservationConvention implements HookObservationConvention {

    /** The observation name. */
    public static final String NAME = "copilot.hook";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(HookObservationContext context) {
        return "hook " + context.hookType().wireValue();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(HookObservationContext context) {
        return KeyValues.of(
                CopilotKeyNames.HOOK_TYPE.withValue(context.hookType().wireValue()),
                CopilotKeyNames.OUTCOME.withValue(context.outcome().value()),
                CopilotKeyNames.ERROR_TYPE.withValueOrNone(context.errorType()));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(HookObservationContext context) {
        return KeyValues.of(CopilotKeyNames.CONVERSATION_ID.withValue(context.sessionId()));
    }
}
