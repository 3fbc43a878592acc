package io.github.copilot4j.spring.tool;

import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.ToolHandler;

/** Changes of {@link ToolDefinition}s that the record does not offer itself. */
public final class ToolDefinitions {

    private ToolDefinitions() {
    }

    /** The tool with every setting of {@code tool} and {@code handler} running its calls. */
    public static ToolDefinition withHandler(ToolDefinition tool, ToolHandler handler) {
        return new ToolDefinition(tool.name(), tool.description(), tool.parameters(), tool.overridesBuiltInTool(),
                tool.skipPermission(), tool.defer(), tool.metadata(), tool.isTerminal(), handler);
    }
}
