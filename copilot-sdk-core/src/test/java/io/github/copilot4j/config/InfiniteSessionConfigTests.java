package io.github.copilot4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InfiniteSessionConfigTests {

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 1.0})
    void acceptsThresholdsFromZeroToOne(double threshold) {
        assertThat(new InfiniteSessionConfig(true, threshold, threshold).bufferExhaustionThreshold())
                .isEqualTo(threshold);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
    void rejectsBackgroundThresholdsOutsideZeroToOne(double threshold) {
        assertThatThrownBy(() -> new InfiniteSessionConfig(null, threshold, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("InfiniteSessionConfig.backgroundCompactionThreshold must be between 0.0 and 1.0");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, 2})
    void rejectsBufferThresholdsOutsideZeroToOne(double threshold) {
        assertThatThrownBy(() -> new InfiniteSessionConfig(null, null, threshold))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("InfiniteSessionConfig.bufferExhaustionThreshold must be between 0.0 and 1.0");
    }

    @Test
    void rejectsThresholdsWhenDisabled() {
        assertThatThrownBy(() -> new InfiniteSessionConfig(false, 0.5, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("InfiniteSessionConfig thresholds must be null when enabled is false: the CLI would"
                        + " still compact at them");
        assertThatThrownBy(() -> new InfiniteSessionConfig(false, null, 0.9))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void disabledSwitchesInfiniteSessionsOff() {
        assertThat(InfiniteSessionConfig.disabled()).isEqualTo(new InfiniteSessionConfig(false, null, null));
    }
}
