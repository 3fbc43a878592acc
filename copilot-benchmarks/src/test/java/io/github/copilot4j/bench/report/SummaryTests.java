package io.github.copilot4j.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SummaryTests {

    @Test
    void takesTheMeanOfTheTwoMiddleValuesForAnEvenCount() {
        Summary summary = Summary.of(4, 1, 3, 2);

        assertThat(summary.median()).isEqualTo(2.5);
        assertThat(summary.min()).isEqualTo(1);
        assertThat(summary.max()).isEqualTo(4);
        assertThat(summary.count()).isEqualTo(4);
    }

    @Test
    void takesTheMiddleValueForAnOddCount() {
        assertThat(Summary.of(5, 1, 9).median()).isEqualTo(5);
    }

    @Test
    void takesPercentilesByNearestRankSoP99IsTheMaximumBelowAHundredSamples() {
        List<Double> thirty = IntStream.rangeClosed(1, 30).mapToDouble(i -> i).boxed().toList();

        Summary summary = Summary.of(thirty);

        assertThat(summary.p90()).isEqualTo(27);
        assertThat(summary.p99()).isEqualTo(30);
    }

    @Test
    void takesTheNinetyNinthOfTwoHundredSamplesBelowTheMaximum() {
        List<Double> samples = IntStream.rangeClosed(1, 200).mapToDouble(i -> i).boxed().toList();

        assertThat(Summary.of(samples).p99()).isEqualTo(198);
    }

    @Test
    void refusesNoSamples() {
        assertThatIllegalArgumentException().isThrownBy(() -> Summary.of(List.of()))
                .withMessage("samples must not be empty");
    }
}
