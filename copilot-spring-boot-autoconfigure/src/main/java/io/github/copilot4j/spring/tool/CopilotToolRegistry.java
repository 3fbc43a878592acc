package io.github.copilot4j.spring.tool;

import io.github.copilot4j.tool.ToolDefinition;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The custom tools of the application. The {@link io.github.copilot4j.spring.session.CopilotSessionFactory} gives
 * every session {@link #tools()}, or {@link #select(Collection)} when the session's {@code tools} property names
 * some; the default permission policy approves calls of {@link #toolNames()}.
 */
public interface CopilotToolRegistry {

    /** Every tool, in a stable order. */
    List<ToolDefinition> tools();

    /**
     * The tools matching any of the given tool names or tags, in the order of {@link #tools()}.
     *
     * @throws IllegalArgumentException when a value is neither a tool name nor a tag
     */
    List<ToolDefinition> select(Collection<String> namesOrTags);

    /** The names of every tool. */
    Set<String> toolNames();
}
