package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Overrides of the CLI's tool search, which hides MCP and external tools behind {@code tool_search_tool} once there
 * are many of them.
 *
 * @param enabled whether tool search is on, or null for the CLI's default
 * @param deferThreshold the total tool count from which tools are deferred, or null for the CLI's default (30)
 */
public record ToolSearchConfig(@Nullable Boolean enabled, @Nullable Integer deferThreshold) {

    public ToolSearchConfig {
        Checks.nonNegativeOrNull(deferThreshold, "ToolSearchConfig.deferThreshold");
    }
}
