package io.github.copilot4j.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantTests {

    @Test
    void parsesWhatTheCliSendsAsInstantParseDoes() {
        assertThat(IsoInstant.parse("2026-11-26T15:19:17.167Z")).isEqualTo(Instant.parse("2026-11-26T15:19:17.167Z"));
        assertThat(IsoInstant.parse("2026-11-26T15:19:17.167958738Z"))
                .isEqualTo(Instant.ofEpochSecond(Instant.parse("2026-11-26T15:19:17Z").getEpochSecond(), 167_958_738));
    }

    @Test
    void agreesWithInstantParseOnRandomInstantsWithEveryFractionLength() {
        Random random = new Random(20261126);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L),
                    random.nextInt(1_000_000_000));
            String text = instant.toString();
            int digits = random.nextInt(10);
            String truncated = text.substring(0, 19) + (digits == 0 ? "" : "." + (text + "000000000").substring(20,
                    20 + digits).replace('Z', '0')) + "Z";
            if (text.charAt(4) != '-' || truncated.length() < 20) {
                continue; // years outside 0000-9999 are written differently; Instant.parse handles them
            }
            assertThat(IsoInstant.parse(truncated)).as(truncated).isEqualTo(Instant.parse(truncated));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-26T15:19:17+02:00", "2016-12-31T23:59:60Z", "+12026-01-01T00:00:00Z",
        "2026-11-26T24:00:00Z", "2026-11-26T15:19:17.Z"})
    void leavesOtherFormsToInstantParse(String text) {
        assertThat(IsoInstant.parse(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z", "2026-11-26T15:19:17,5Z",
        "2026-11-26 15:19:17Z", "2026-1a-26T15:19:17Z", "yesterday", ""})
    void rejectsWhatInstantParseRejects(String text) {
        assertThatThrownBy(() -> IsoInstant.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
