package io.github.copilot4j.it.conformance;

import io.github.copilot4j.tool.CopilotToolParam;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.Tools;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Tools and facts several categories share. */
final class ConformanceTools {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConformanceTools() {
    }

    /** The upstream suites' {@code encrypt_string} tool: upper-cases its input, noting the call in {@code called}. */
    static ToolDefinition encryptString(@Nullable AtomicBoolean called) {
        return Tools.of("encrypt_string", "Encrypts a string", EncryptArgs.class, arguments -> {
            if (called != null) {
                called.set(true);
            }
            return arguments.input().toUpperCase(Locale.ROOT);
        });
    }

    /** A JSON schema from its text. */
    static ObjectNode schema(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    /** The schema of a tool without arguments. */
    static ObjectNode emptyObjectSchema() {
        return schema("{\"type\":\"object\",\"properties\":{}}");
    }

    record EncryptArgs(@CopilotToolParam(description = "String to encrypt") String input) {
    }
}
