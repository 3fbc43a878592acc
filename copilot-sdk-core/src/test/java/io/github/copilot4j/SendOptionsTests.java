package io.github.copilot4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SendOptionsTests {

    @Test
    void defaultsSetNothing() {
        SendOptions options = SendOptions.defaults();

        assertThat(options.attachments()).isNull();
        assertThat(options.mode()).isNull();
        assertThat(options.displayPrompt()).isNull();
        assertThat(options.agentMode()).isNull();
        assertThat(options.requestHeaders()).isNull();
    }

    @Test
    void toBuilderKeepsTheValues() {
        SendOptions options = SendOptions.builder().mode(SendOptions.Mode.ENQUEUE)
                .attachments(List.of(Attachment.file("a"))).build();

        SendOptions copy = options.toBuilder().displayPrompt("shown").build();

        assertThat(copy.mode()).isEqualTo(SendOptions.Mode.ENQUEUE);
        assertThat(copy.attachments()).containsExactly(Attachment.file("a"));
        assertThat(copy.displayPrompt()).isEqualTo("shown");
        assertThat(options.displayPrompt()).isNull();
    }

    @Test
    void requestHeaderNamesMustNotBeBlank() {
        assertThatThrownBy(() -> SendOptions.builder().requestHeaders(Map.of("", "v")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("requestHeaders key must not be blank");
    }

    @Test
    void toStringMasksRequestHeaderValues() {
        SendOptions options = SendOptions.builder().requestHeaders(Map.of("Authorization", "Bearer turnsecret"))
                .displayPrompt("hello").build();

        assertThat(options.toString()).contains("Authorization=***", "displayPrompt=hello")
                .doesNotContain("turnsecret");
    }
}
