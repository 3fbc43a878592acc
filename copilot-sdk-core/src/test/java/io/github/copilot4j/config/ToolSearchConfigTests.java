package io.github.copilot4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ToolSearchConfigTests {

    @Test
    void deferThresholdMustNotBeNegative() {
        assertThatThrownBy(() -> new ToolSearchConfig(true, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ToolSearchConfig.deferThreshold must be 0 or greater");
        assertThat(new ToolSearchConfig(true, 0).deferThreshold()).isZero();
    }
}
