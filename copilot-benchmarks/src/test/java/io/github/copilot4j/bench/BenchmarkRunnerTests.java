package io.github.copilot4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarkRunnerTests {

    @Test
    void reportsTheInnermostCauseFirstLine() {
        assertThat(BenchmarkRunner.rootCause("ExecutionException: wrapped <- InvalidFormatException: Cannot "
                + "deserialize value of type `long`\n at [Source: UNKNOWN]")).isEqualTo("InvalidFormatException: "
                        + "Cannot deserialize value of type `long`");
        assertThat(BenchmarkRunner.rootCause("IOException: gone")).isEqualTo("IOException: gone");
    }
}
