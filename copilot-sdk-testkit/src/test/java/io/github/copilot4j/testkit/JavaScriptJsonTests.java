package io.github.copilot4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaScriptJsonTests {

    @Test
    void parsesOnlyWhatJsonParseAccepts() {
        assertThat(JavaScriptJson.parse(" {\"a\":1} ")).isNotNull();
        assertThat(JavaScriptJson.parse("\"text\"").asString()).isEqualTo("text");
        assertThat(JavaScriptJson.parse("")).isNull();
        assertThat(JavaScriptJson.parse("   ")).isNull();
        assertThat(JavaScriptJson.parse("{\"a\":1} trailing")).isNull();
        assertThat(JavaScriptJson.parse("{'a':1}")).isNull();
        assertThat(JavaScriptJson.parse("HELLO")).isNull();
    }

    @Test
    void printsNumbersAsJavaScriptDoes() {
        assertThat(stringify("[1.0, -0, 2.50, 1e21, 1e20, 0.000001, 1e-7, 123456789012345678901, 9007199254740993, "
                + "-1.5e-9]"))
                .isEqualTo("[1,0,2.5,1e+21,100000000000000000000,0.000001,1e-7,123456789012345680000,"
                        + "9007199254740992,-1.5e-9]");
    }

    @Test
    void ordersArrayIndexKeysFirstAndOtherKeysAsInsertedOrSorted() {
        String json = "{\"b\":1,\"10\":2,\"a\":{\"y\":1,\"x\":2},\"2\":3,\"01\":4}";

        assertThat(stringify(json)).isEqualTo("{\"2\":3,\"10\":2,\"b\":1,\"a\":{\"y\":1,\"x\":2},\"01\":4}");
        assertThat(JavaScriptJson.stringifySorted(JavaScriptJson.parse(json)))
                .isEqualTo("{\"2\":3,\"10\":2,\"01\":4,\"a\":{\"x\":2,\"y\":1},\"b\":1}");
    }

    @Test
    void escapesOnlyQuotesBackslashesAndControlCharacters() {
        assertThat(JavaScriptJson.quote("a\"b\\c/d é 😀\n\t\u001b\ud800"))
                .isEqualTo("\"a\\\"b\\\\c/d é 😀\\n\\t\\u001b\\ud800\"");
    }

    private static String stringify(String json) {
        return JavaScriptJson.stringify(JavaScriptJson.parse(json));
    }
}
