package io.github.copilot4j.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RunOptionsTests {

    @Test
    void runsEveryPhaseWithFortySamplesAndWritesToBenchResultsByDefault() {
        RunOptions options = RunOptions.parse(new String[] {"--root", "/repo"});

        assertThat(options.samples()).isEqualTo(60);
        assertThat(options.startups()).isEqualTo(30);
        assertThat(options.memorySessions()).isEqualTo(1000);
        assertThat(options.concurrentSessions()).isEqualTo(100);
        assertThat(options.concurrentTurns()).isEqualTo(10);
        assertThat(options.phases()).containsExactlyInAnyOrderElementsOf(RunOptions.ALL_PHASES);
        assertThat(options.outputDirectory()).isEqualTo(Path.of("/repo/bench/results"));
    }

    @Test
    void smokeTakesThreeSamplesAndWritesUnderTarget() {
        RunOptions options = RunOptions.parse(new String[] {"--root", "/repo", "--smoke"});

        assertThat(options.smoke()).isTrue();
        assertThat(options.samples()).isEqualTo(3);
        assertThat(options.startups()).isEqualTo(3);
        assertThat(options.outputDirectory()).isEqualTo(Path.of("/repo/copilot-benchmarks/target/bench-smoke"));
    }

    @Test
    void explicitCountsAndPhasesWin() {
        RunOptions options = RunOptions.parse(new String[] {"--smoke", "--samples", "50", "--warmups", "0",
            "--phases", "turns,wire"});

        assertThat(options.samples()).isEqualTo(50);
        assertThat(options.warmups()).isZero();
        assertThat(options.runs("turns")).isTrue();
        assertThat(options.runs("jmh")).isFalse();
    }

    @Test
    void rejectsUnknownArgumentsPhasesAndBadCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> RunOptions.parse(new String[] {"--sampels", "3"}))
                .withMessageStartingWith("Unknown argument --sampels");
        assertThatIllegalArgumentException().isThrownBy(() -> RunOptions.parse(new String[] {"--phases", "turn"}))
                .withMessageStartingWith("Unknown phase turn");
        assertThatIllegalArgumentException().isThrownBy(() -> RunOptions.parse(new String[] {"--samples", "0"}))
                .withMessage("--samples must be positive, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> RunOptions.parse(new String[] {"--samples", "x"}))
                .withMessage("--samples must be a whole number, was x");
    }
}
