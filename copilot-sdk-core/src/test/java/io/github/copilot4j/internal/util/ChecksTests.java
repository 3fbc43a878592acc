package io.github.copilot4j.internal.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChecksTests {

    @Test
    void mapCopiesKeepInsertionOrder() {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("b", "1");
        source.put("a", "2");

        assertThat(Checks.map(source, "m").keySet()).containsExactly("b", "a");
    }

    @Test
    void mapValuesMustNotBeNull() {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("k", null);

        assertThatThrownBy(() -> Checks.map(source, "headers"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("headers value is required");
    }

    @Test
    void nullCollectionsStayNull() {
        assertThat(Checks.listOrNull(null, "l")).isNull();
        assertThat(Checks.stringsOrNull(null, "l")).isNull();
        assertThat(Checks.mapOrNull(null, "m")).isNull();
    }

    @Test
    void stringsRejectNullBeforeBlank() {
        assertThatThrownBy(() -> Checks.stringsOrNull(Arrays.asList("a", null), "names"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("names element is required");
    }

    @Test
    void uniqueKeysAcceptsDistinctNames() {
        Checks.uniqueKeys(List.of("a", "b"), name -> name, "names");

        assertThatThrownBy(() -> Checks.uniqueKeys(List.of("a", "a"), name -> name, "names"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("names contains the name 'a' more than once");
    }

    @Test
    void toStringHelperSkipsUnsetValuesAndMasksSecrets() {
        String text = ToStringHelper.of("T").add("a", 1).add("b", null).secret("s", "x").secret("n", null)
                .present("h", new Object()).secretValues("m", Map.of("k", "v")).toString();

        assertThat(text).isEqualTo("T{a=1, s=***, h=<set>, m={k=***}}");
    }
}
