package io.github.copilot4j.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.internal.wire.WireJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ToolDefinitionTests {

    @Test
    void nameMustNotBeBlank() {
        assertThatThrownBy(() -> ToolDefinition.declaration(" ", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ToolDefinition.name must not be blank");
    }

    @Test
    void parametersMustBeAnObjectSchemaNamingTheTool() {
        assertBadSchema("{\"type\": \"string\"}", "ToolDefinition.parameters of tool 'lookup' must be a JSON schema "
                + "of type 'object', was type \"string\"");
        assertBadSchema("{\"type\": \"object\", \"properties\": [\"q\"]}",
                "ToolDefinition.parameters of tool 'lookup' must have 'properties' that map names to schemas");
        assertBadSchema("{\"properties\": {\"q\": \"string\"}}",
                "ToolDefinition.parameters of tool 'lookup' must have a schema object for property 'q'");
        assertBadSchema("{\"properties\": {\"q\": {\"type\": \"string\"}}, \"required\": \"q\"}",
                "ToolDefinition.parameters of tool 'lookup' must have 'required' as an array of property names");
        assertBadSchema("{\"properties\": {\"q\": {\"type\": \"string\"}}, \"required\": [\"query\"]}",
                "ToolDefinition.parameters of tool 'lookup' requires \"query\", which is not one of its properties");
    }

    @Test
    void acceptsObjectSchemasWithAndWithoutDetails() {
        for (String schema : new String[] {"{}", "{\"type\": \"object\"}",
                "{\"type\": \"object\", \"properties\": {\"q\": {\"type\": \"string\"}}, \"required\": [\"q\"]}",
                "{\"required\": [\"q\"]}"}) {
            assertThat(ToolDefinition.declaration("lookup", null, (ObjectNode) WireJson.MAPPER.readTree(schema))
                    .parameters()).isEqualTo(WireJson.MAPPER.readTree(schema));
        }
    }

    private static void assertBadSchema(String schema, String message) {
        ObjectNode parameters = (ObjectNode) WireJson.MAPPER.readTree(schema);
        assertThatThrownBy(() -> ToolDefinition.declaration("lookup", null, parameters))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void ofRequiresAHandler() {
        assertThatThrownBy(() -> ToolDefinition.of("t", null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ToolDefinition.handler is required");
    }

    @Test
    void declarationHasNoHandlerAndDefaultFlags() {
        ToolDefinition tool = ToolDefinition.declaration("t", "d", null);

        assertThat(tool.handler()).isNull();
        assertThat(tool.overridesBuiltInTool()).isFalse();
        assertThat(tool.skipPermission()).isFalse();
        assertThat(tool.isTerminal()).isFalse();
        assertThat(tool.defer()).isNull();
    }

    @Test
    void schemaCannotBeChangedThroughTheDefinition() {
        ObjectNode schema = WireJson.object().put("type", "object");
        ToolDefinition tool = ToolDefinition.of("t", null, schema, invocation -> null);

        schema.put("type", "string");
        tool.parameters().put("type", "array");

        assertThat(tool.parameters().get("type").asString()).isEqualTo("object");
    }

    @Test
    void withersChangeOneFlag() {
        ToolHandler handler = invocation -> "ok";
        ToolDefinition tool = ToolDefinition.of("t", "d", WireJson.object(), handler)
                .withSkipPermission(true)
                .withOverridesBuiltInTool(true)
                .withTerminal(true)
                .withDefer(ToolDefinition.Defer.NEVER)
                .withMetadata(WireJson.object().put("k", "v"));

        assertThat(tool).isEqualTo(new ToolDefinition("t", "d", WireJson.object(), true, true,
                ToolDefinition.Defer.NEVER, WireJson.object().put("k", "v"), true, handler));
        assertThat(tool.withSkipPermission(false).skipPermission()).isFalse();
    }

    @Test
    void invocationRequiresItsIdentifiers() {
        assertThatThrownBy(() -> new ToolInvocation("s", " ", "t", WireJson.object()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("toolCallId must not be blank");
    }
}
