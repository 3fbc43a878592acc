package io.github.copilot4j.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class McpAuthResultTests {

    @Test
    void tokenToStringMasksTheAccessToken() {
        McpAuthResult token = new McpAuthResult.Token("accesstokensecret", "Bearer", 3600L);

        assertThat(token.toString()).contains("accessToken=***", "tokenType=Bearer", "expiresIn=3600")
                .doesNotContain("accesstokensecret");
    }

    @Test
    void tokenMustNotBeBlank() {
        assertThatThrownBy(() -> McpAuthResult.token(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accessToken must not be blank");
    }

    @Test
    void lifetimeMustBePositive() {
        assertThatThrownBy(() -> new McpAuthResult.Token("t", null, 0L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expiresIn must be greater than 0");
    }
}
