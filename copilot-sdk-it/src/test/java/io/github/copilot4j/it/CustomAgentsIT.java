package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.AgentInfo;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.JsonRpcException;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.CustomAgentConfig;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Custom agents: the agent selected at creation or during the session gives the model its prompt (inside
 * {@code <agent_instructions>} of the system message) and its tool list.
 */
@CopilotTest
class CustomAgentsIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);
    private static final String REVIEWER_PROMPT = "You are the reviewer agent; review changes strictly.";
    private static final String WRITER_PROMPT = "You are the writer agent; write documentation.";

    private static final CustomAgentConfig REVIEWER = CustomAgentConfig.builder("reviewer", REVIEWER_PROMPT)
            .displayName("Reviewer")
            .description("Reviews code")
            .tools(List.of("view", "grep"))
            .build();
    private static final CustomAgentConfig WRITER = CustomAgentConfig.builder("writer", WRITER_PROMPT)
            .description("Writes documentation")
            .build();

    @Test
    void theAgentSelectedAtCreationGivesItsPromptAndLimitsTheTools(CopilotClient client, FakeModelServer model) {
        SessionConfig config = SessionConfig.builder().customAgents(List.of(REVIEWER, WRITER)).agent("reviewer")
                .build();

        try (CopilotSession session = client.createSession(config)) {
            session.sendAndWait("Review my change", TURN_TIMEOUT);

            assertThat(session.currentAgent()).map(AgentInfo::name).contains("reviewer");
        }

        ModelRequest request = model.chatRequests().get(0);
        assertThat(systemMessage(request)).contains("<agent_instructions>").contains(REVIEWER_PROMPT)
                .doesNotContain(WRITER_PROMPT);
        assertThat(request.toolNames()).contains("view", "grep").doesNotContain("bash", "edit", "create");
    }

    @Test
    void agentsCanBeListedSelectedAndDeselectedBetweenTurns(CopilotClient client, FakeModelServer model) {
        SessionConfig config = SessionConfig.builder().customAgents(List.of(REVIEWER, WRITER)).build();

        try (CopilotSession session = client.createSession(config)) {
            assertThat(session.listAgents()).containsExactly(
                    new AgentInfo("reviewer", "reviewer", "Reviewer", "Reviews code", List.of("view", "grep"), null,
                            List.of()),
                    new AgentInfo("writer", "writer", "writer", "Writes documentation", null, null, List.of()));
            assertThat(session.currentAgent()).isEmpty();
            session.sendAndWait("First", TURN_TIMEOUT);

            assertThat(session.selectAgent("writer").name()).isEqualTo("writer");
            assertThat(session.currentAgent()).map(AgentInfo::name).contains("writer");
            session.sendAndWait("Second", TURN_TIMEOUT);

            session.deselectAgent();
            assertThat(session.currentAgent()).isEmpty();
            session.sendAndWait("Third", TURN_TIMEOUT);

            assertThatThrownBy(() -> session.selectAgent("nobody")).isInstanceOf(JsonRpcException.class)
                    .hasMessageContaining("Custom agent 'nobody' not found");
        }

        List<ModelRequest> requests = model.chatRequests();
        assertThat(requests).hasSize(3);
        assertThat(systemMessage(requests.get(0))).doesNotContain("<agent_instructions>");
        assertThat(systemMessage(requests.get(1))).contains(WRITER_PROMPT).doesNotContain(REVIEWER_PROMPT);
        assertThat(systemMessage(requests.get(2))).doesNotContain("<agent_instructions>");
    }

    private static String systemMessage(ModelRequest request) {
        return request.messages().stream().filter(message -> message.role().equals("system"))
                .map(ModelMessage::content).findFirst().orElseThrow();
    }
}
