package io.github.copilot4j.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.SystemMessage;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.testkit.ModelMessage;

/** The {@code system_message_sections} recordings: a customised system prompt shapes the answer. */
final class SystemMessageScenarios {

    private static final String BOTANICA = "You are a helpful gardening assistant called Botanica. You only answer "
            + "questions about plants and gardening.";

    private SystemMessageScenarios() {
    }

    static void register(ScenarioRegistry registry) {
        registry.scenario("system_message_sections/should_use_replaced_identity_section_in_response.yaml",
                replay -> replacedSection(replay, SystemMessage.Section.IDENTITY));
        registry.scenario("system_message_sections/should_use_replaced_preamble_section_in_response.yaml",
                replay -> replacedSection(replay, SystemMessage.Section.PREAMBLE));
    }

    private static void replacedSection(Replay replay, SystemMessage.Section section) {
        CopilotSession session = replay.createSession(SessionConfig.builder()
                .onPermissionRequest(PermissionHandler.approveAll())
                .systemMessage(SystemMessage.customize().replace(section, BOTANICA).build()));
        assertThat(replay.turn(session, replay.prompt()).toLowerCase()).containsAnyOf("botanica", "garden", "plant");
        ModelMessage system = replay.chatRequests().get(0).messages().get(0);
        assertThat(system.role()).isEqualTo("system");
        assertThat(system.content()).as("the system prompt the model saw").contains(BOTANICA);
    }
}
