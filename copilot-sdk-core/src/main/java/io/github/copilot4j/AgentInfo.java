package io.github.copilot4j;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A custom agent a session can select ({@code session.agent.list}, {@code session.agent.getCurrent},
 * {@code session.agent.select}).
 *
 * @param id the identifier to select the agent by; usually its name
 * @param name the agent's name
 * @param displayName the name shown in UIs
 * @param description what the agent does
 * @param tools the tools the agent may use, or null when it inherits the session's
 * @param model the agent's preferred model, or null
 * @param skills the skills preloaded into the agent's context; empty when none
 */
public record AgentInfo(String id, String name, String displayName, String description,
        @Nullable List<String> tools, @Nullable String model, List<String> skills) {

    public AgentInfo {
        tools = tools == null ? null : List.copyOf(tools);
        skills = List.copyOf(skills);
    }
}
