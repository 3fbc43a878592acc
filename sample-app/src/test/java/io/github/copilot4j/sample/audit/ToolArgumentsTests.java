package io.github.copilot4j.sample.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ToolArgumentsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void listsTheArgumentsAsNameValuePairs() {
        ObjectNode arguments = json.createObjectNode().put("customerId", 2).put("subject", "Late order");
        arguments.putArray("tags").add("shipping");
        assertThat(ToolArguments.summary(arguments)).isEqualTo("customerId=2, subject=Late order, tags=[\"shipping\"]");
    }

    @Test
    void cutsLongValues() {
        ObjectNode arguments = json.createObjectNode().put("subject", "x".repeat(200));
        assertThat(ToolArguments.summary(arguments)).isEqualTo("subject=" + "x".repeat(79) + "…");
    }

    @Test
    void summarizesMissingAndNonObjectArguments() {
        assertThat(ToolArguments.summary(null)).isEmpty();
        assertThat(ToolArguments.summary(json.nullNode())).isEmpty();
        assertThat(ToolArguments.summary(json.createArrayNode().add(1))).isEqualTo("[1]");
    }
}
