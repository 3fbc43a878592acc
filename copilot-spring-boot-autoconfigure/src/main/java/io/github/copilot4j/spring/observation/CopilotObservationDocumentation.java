package io.github.copilot4j.spring.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/** The observations of Copilot sessions. */
public enum CopilotObservationDocumentation implements ObservationDocumentation {

    /**
     * One turn: from the prompt ({@code user.message} or the first {@code assistant.turn_start}) to
     * {@code session.idle}. Its timer is {@code gen_ai.client.operation.duration}.
     */
    TURN {
        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultTurnObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return new KeyName[] {CopilotKeyNames.OPERATION_NAME, CopilotKeyNames.PROVIDER_NAME,
                    CopilotKeyNames.REQUEST_MODEL, CopilotKeyNames.OUTCOME, CopilotKeyNames.ERROR_TYPE};
        }

        @Override
        public KeyName[] getHighCardinalityKeyNames() {
            return new KeyName[] {CopilotKeyNames.CONVERSATION_ID, CopilotKeyNames.PROMPT,
                    CopilotKeyNames.COMPLETION};
        }
    },

    /** One call of a custom tool run by this application. */
    TOOL_CALL {
        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultToolCallObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return new KeyName[] {CopilotKeyNames.OPERATION_NAME, CopilotKeyNames.TOOL_NAME,
                    CopilotKeyNames.OUTCOME, CopilotKeyNames.ERROR_TYPE};
        }

        @Override
        public KeyName[] getHighCardinalityKeyNames() {
            return new KeyName[] {CopilotKeyNames.CONVERSATION_ID, CopilotKeyNames.TOOL_CALL_ID,
                    CopilotKeyNames.TOOL_CALL_ARGUMENTS, CopilotKeyNames.TOOL_CALL_RESULT};
        }
    },

    /** One hook invocation handled by this application. */
    HOOK {
        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultHookObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return new KeyName[] {CopilotKeyNames.HOOK_TYPE, CopilotKeyNames.OUTCOME, CopilotKeyNames.ERROR_TYPE};
        }

        @Override
        public KeyName[] getHighCardinalityKeyNames() {
            return new KeyName[] {CopilotKeyNames.CONVERSATION_ID};
        }
    }
}
