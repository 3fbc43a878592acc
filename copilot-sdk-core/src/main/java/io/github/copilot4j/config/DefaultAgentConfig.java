package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Settings of the built-in agent that handles turns when no custom agent is selected.
 *
 * @param excludedTools tools hidden from the default agent but still available to custom agents, or null
 */
public record DefaultAgentConfig(@Nullable List<String> excludedTools) {

    public DefaultAgentConfig {
        excludedTools = Checks.stringsOrNull(excludedTools, "DefaultAgentConfig.excludedTools");
    }
}
