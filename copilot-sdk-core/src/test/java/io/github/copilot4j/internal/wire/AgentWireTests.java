package io.github.copilot4j.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.AgentInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentWireTests {

    @Test
    void readsAgentListsWithAndWithoutOptionalFields() {
        var result = WireJson.MAPPER.readTree("""
                {"agents":[
                  {"name":"reviewer","id":"reviewer-1","displayName":"Reviewer","description":"Reviews code",
                   "tools":["view","grep"],"model":"gpt-5","skills":["style"],"source":"sdk"},
                  {"name":"writer","displayName":"writer","description":""}]}
                """);

        assertThat(AgentWire.agents(result)).containsExactly(
                new AgentInfo("reviewer-1", "reviewer", "Reviewer", "Reviews code", List.of("view", "grep"), "gpt-5",
                        List.of("style")),
                new AgentInfo("writer", "writer", "writer", "", null, null, List.of()));
        assertThat(AgentWire.agents(WireJson.object())).isEmpty();
    }

    @Test
    void readsTheCurrentAgentOrNone() {
        assertThat(AgentWire.currentAgent(WireJson.MAPPER.readTree("{\"agent\":{\"name\":\"writer\"}}")))
                .map(AgentInfo::id).contains("writer");
        assertThat(AgentWire.currentAgent(WireJson.MAPPER.readTree("{\"agent\":null}"))).isEmpty();
        assertThat(AgentWire.currentAgent(WireJson.object())).isEmpty();
    }
}
