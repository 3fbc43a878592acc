package io.github.copilot4j.hook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.hook.ErrorOccurredOutput.ErrorHandling;
import org.junit.jupiter.api.Test;

class ErrorOccurredOutputTests {

    @Test
    void retryCountMustNotBeNegative() {
        assertThatThrownBy(() -> ErrorOccurredOutput.retry(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ErrorOccurredOutput.retryCount must be 0 or greater");
    }

    @Test
    void retryCountBelongsToRetry() {
        assertThatThrownBy(() -> new ErrorOccurredOutput(ErrorHandling.SKIP, 2, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ErrorOccurredOutput.retryCount is only allowed with errorHandling retry");
    }

    @Test
    void withersKeepTheDecision() {
        ErrorOccurredOutput output = ErrorOccurredOutput.retry(2).withUserNotification("Retrying.")
                .withSuppressOutput(true);

        assertThat(output).isEqualTo(new ErrorOccurredOutput(ErrorHandling.RETRY, 2, "Retrying.", true));
    }
}
