package io.github.copilot4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionLimitsConfigTests {

    @ParameterizedTest
    @ValueSource(doubles = {-0.5, Double.POSITIVE_INFINITY, Double.NaN})
    void creditsMustBeAFiniteNonNegativeNumber(double credits) {
        assertThatThrownBy(() -> new SessionLimitsConfig(credits))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SessionLimitsConfig.maxAiCredits must be 0 or greater");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 25.5})
    void acceptsZeroAndMore(double credits) {
        assertThat(new SessionLimitsConfig(credits).maxAiCredits()).isEqualTo(credits);
    }
}
