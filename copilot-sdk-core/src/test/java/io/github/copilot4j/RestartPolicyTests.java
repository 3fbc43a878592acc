package io.github.copilot4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestartPolicyTests {

    @Test
    void doublesTheWaitUpToTheMaximum() {
        RestartPolicy policy = new RestartPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(3));

        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.backoff(1_000)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aZeroInitialWaitRestartsAtOnceEveryTime() {
        RestartPolicy policy = new RestartPolicy(3, Duration.ZERO, Duration.ZERO);

        assertThat(policy.backoff(3)).isZero();
    }

    @Test
    void defaultsToFiveAttemptsFromHalfASecondToThirtySeconds() {
        RestartPolicy policy = RestartPolicy.defaults();

        assertThat(policy.maxAttempts()).isEqualTo(5);
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(5)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void rejectsInvalidValuesNamingTheField() {
        assertThatThrownBy(() -> new RestartPolicy(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RestartPolicy.maxAttempts must be at least 1, was 0");
        assertThatThrownBy(() -> new RestartPolicy(1, Duration.ofSeconds(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RestartPolicy.initialBackoff must not be negative");
        assertThatThrownBy(() -> new RestartPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RestartPolicy.maxBackoff must be at least initialBackoff");
        assertThatThrownBy(() -> RestartPolicy.defaults().backoff(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attempt must be at least 1");
    }
}
