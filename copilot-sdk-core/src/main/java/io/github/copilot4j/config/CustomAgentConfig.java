package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A custom agent the session can delegate to or activate.
 *
 * @param name the unique agent name
 * @param displayName the name shown in UIs, or null
 * @param description what the agent does, or null
 * @param tools the tools the agent may use, or null for all
 * @param prompt the agent's prompt
 * @param mcpServers MCP servers of the agent by name, or null
 * @param infer whether the model may pick the agent by itself, or null for the CLI's default
 * @param skills skills preloaded into the agent's context, or null
 * @param model the agent's model, or null for the session's
 * @param reasoningEffort the agent's reasoning effort, or null
 */
public record CustomAgentConfig(
        String name,
        @Nullable String displayName,
        @Nullable String description,
        @Nullable List<String> tools,
        String prompt,
        @Nullable Map<String, McpServerConfig> mcpServers,
        @Nullable Boolean infer,
        @Nullable List<String> skills,
        @Nullable String model,
        @Nullable ReasoningEffort reasoningEffort) {

    public CustomAgentConfig {
        Checks.nonBlank(name, "CustomAgentConfig.name");
        tools = Checks.stringsOrNull(tools, "CustomAgentConfig.tools");
        Checks.required(prompt, "CustomAgentConfig.prompt");
        mcpServers = Checks.mapOrNull(mcpServers, "CustomAgentConfig.mcpServers");
        skills = Checks.stringsOrNull(skills, "CustomAgentConfig.skills");
        Checks.nonBlankOrNull(model, "CustomAgentConfig.model");
    }

    /** Starts an agent with a name and prompt. */
    public static Builder builder(String name, String prompt) {
        return new Builder(name, prompt);
    }

    /** Builds a {@link CustomAgentConfig}; optional setters accept null to unset the value. */
    public static final class Builder {

        private final String name;
        private final String prompt;
        private @Nullable String displayName;
        private @Nullable String description;
        private @Nullable List<String> tools;
        private @Nullable Map<String, McpServerConfig> mcpServers;
        private @Nullable Boolean infer;
        private @Nullable List<String> skills;
        private @Nullable String model;
        private @Nullable ReasoningEffort reasoningEffort;

        private Builder(String name, String prompt) {
            this.name = name;
            this.prompt = prompt;
        }

        /** Sets the display name. */
        public Builder displayName(@Nullable String displayName) {
            this.displayName = displayName;
            return this;
        }

        /** Sets the description. */
        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }

        /** Sets the tools the agent may use. */
        public Builder tools(@Nullable List<String> tools) {
            this.tools = tools;
            return this;
        }

        /** Sets the agent's MCP servers. */
        public Builder mcpServers(@Nullable Map<String, McpServerConfig> mcpServers) {
            this.mcpServers = mcpServers;
            return this;
        }

        /** Sets whether the model may pick the agent by itself. */
        public Builder infer(@Nullable Boolean infer) {
            this.infer = infer;
            return this;
        }

        /** Sets the preloaded skills. */
        public Builder skills(@Nullable List<String> skills) {
            this.skills = skills;
            return this;
        }

        /** Sets the agent's model. */
        public Builder model(@Nullable String model) {
            this.model = model;
            return this;
        }

        /** Sets the agent's reasoning effort. */
        public Builder reasoningEffort(@Nullable ReasoningEffort reasoningEffort) {
            this.reasoningEffort = reasoningEffort;
            return this;
        }

        /** Validates and builds the agent. */
        public CustomAgentConfig build() {
            return new CustomAgentConfig(name, displayName, description, tools, prompt, mcpServers, infer, skills,
                    model, reasoningEffort);
        }
    }
}
