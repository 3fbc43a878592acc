package io.github.copilot4j.internal.wire;

import io.github.copilot4j.AgentInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Wire forms of the {@code session.agent.*} results. */
public final class AgentWire {

    private AgentWire() {
    }

    /** {@code session.agent.list} result: its {@code agents}. */
    public static List<AgentInfo> agents(JsonNode result) {
        List<AgentInfo> agents = new ArrayList<>();
        for (JsonNode agent : result.path("agents")) {
            agents.add(agent(agent));
        }
        return List.copyOf(agents);
    }

    /** {@code session.agent.getCurrent} or {@code session.agent.select} result: its {@code agent}, if any. */
    public static Optional<AgentInfo> currentAgent(JsonNode result) {
        JsonNode agent = result.get("agent");
        return agent == null || !agent.isObject() ? Optional.empty() : Optional.of(agent(agent));
    }

    private static AgentInfo agent(JsonNode agent) {
        String name = agent.path("name").asString("");
        List<String> skills = strings(agent.get("skills"));
        return new AgentInfo(agent.path("id").asString(name), name, agent.path("displayName").asString(name),
                agent.path("description").asString(""), strings(agent.get("tools")), text(agent, "model"),
                skills == null ? List.of() : skills);
    }

    private static @Nullable List<String> strings(@Nullable JsonNode array) {
        if (array == null || !array.isArray()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }
}
