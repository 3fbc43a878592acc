package io.github.copilot4j.hook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.hook.PreMcpToolCallOutput.MetaChange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

class PreMcpToolCallOutputTests {

    @Test
    void replacingNeedsTheNewMeta() {
        assertThatThrownBy(() -> new PreMcpToolCallOutput(MetaChange.REPLACE, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PreMcpToolCallOutput.meta is required for REPLACE");
    }

    @Test
    void keepingOrDroppingTakesNoMeta() {
        assertThatThrownBy(() -> new PreMcpToolCallOutput(MetaChange.DROP, JsonNodeFactory.instance.objectNode()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PreMcpToolCallOutput.meta is not allowed for DROP");
    }

    @Test
    void factoriesSetTheChange() {
        assertThat(PreMcpToolCallOutput.keepMeta().metaChange()).isEqualTo(MetaChange.KEEP);
        assertThat(PreMcpToolCallOutput.dropMeta().metaChange()).isEqualTo(MetaChange.DROP);
        assertThat(PreMcpToolCallOutput.useMeta(JsonNodeFactory.instance.objectNode().put("k", "v")).meta())
                .hasToString("{\"k\":\"v\"}");
    }
}
