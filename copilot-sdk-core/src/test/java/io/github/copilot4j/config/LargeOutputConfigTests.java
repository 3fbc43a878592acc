package io.github.copilot4j.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LargeOutputConfigTests {

    @Test
    void maxSizeMustBePositive() {
        assertThatThrownBy(() -> new LargeOutputConfig(true, 0L, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LargeOutputConfig.maxSizeBytes must be greater than 0");
    }

    @Test
    void outputDirectoryMustNotBeBlank() {
        assertThatThrownBy(() -> new LargeOutputConfig(null, null, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LargeOutputConfig.outputDirectory must not be blank");
    }
}
