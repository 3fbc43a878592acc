package io.github.copilot4j.command;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandDefinitionTests {

    @Test
    void nameMustNotStartWithASlash() {
        assertThatThrownBy(() -> new CommandDefinition("/deploy", null, context -> {
        }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CommandDefinition.name must be given without the leading '/'");
    }

    @Test
    void nameAndHandlerAreRequired() {
        assertThatThrownBy(() -> new CommandDefinition("", null, context -> {
        }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CommandDefinition.name must not be blank");
        assertThatThrownBy(() -> new CommandDefinition("deploy", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CommandDefinition.handler is required");
    }
}
