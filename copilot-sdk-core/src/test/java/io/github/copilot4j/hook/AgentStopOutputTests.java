package io.github.copilot4j.hook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgentStopOutputTests {

    @Test
    void blockingNeedsTheReasonTheAgentContinuesWith() {
        assertThatThrownBy(() -> AgentStopOutput.block(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AgentStopOutput.reason must not be blank");
    }

    @Test
    void aReasonWithoutBlockIsRejected() {
        assertThatThrownBy(() -> new AgentStopOutput(false, "Keep going."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AgentStopOutput.reason is only allowed when block is true");
    }

    @Test
    void allowStopHasNoReason() {
        assertThat(AgentStopOutput.allowStop()).isEqualTo(new AgentStopOutput(false, null));
    }
}
