package io.github.copilot4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TapLogTests {

    @Test
    void pairsEachAnswerWithItsRequestByKindAndId() {
        TapLog log = TapLog.parse(List.of(
                "permission request p1 1000000",
                "permission answer p1 1250000",
                "tool request t1 2000000",
                "tool request t2 2100000",
                "tool answer t2 2600000",
                "tool answer t1 4000000"));

        assertThat(log.permissionAnswerMs()).containsExactly(0.25);
        assertThat(log.toolAnswerMs()).containsExactly(2.0, 0.5);
        assertThat(log.unanswered()).isZero();
    }

    @Test
    void pairsAnAnswerLoggedBeforeItsRequest() {
        TapLog log = TapLog.parse(List.of("permission answer p1 3000000", "permission request p1 2000000"));

        assertThat(log.permissionAnswerMs()).containsExactly(1.0);
        assertThat(log.unanswered()).isZero();
    }

    @Test
    void countsRequestsWithoutAnswerAndIgnoresAnswersWithoutRequest() {
        TapLog log = TapLog.parse(List.of("tool request t1 10", "tool answer t9 20", "permission request p1 30",
                "tool answer p1 40", "a broken line"));

        assertThat(log.toolAnswerMs()).isEmpty();
        assertThat(log.unanswered()).isEqualTo(2);
    }
}
