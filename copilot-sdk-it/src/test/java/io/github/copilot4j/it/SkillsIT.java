package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelReply;
import io.github.copilot4j.testkit.ModelRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Skills from {@code skillDirectories}: each {@code <dir>/<name>/SKILL.md} is listed to the model in the system
 * message's {@code <available_skills>}; when the model loads one with the {@code skill} tool, its instructions
 * follow as a {@code <skill-context>} user message. {@code disabledSkills} hides a skill.
 */
@CopilotTest
class SkillsIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);
    private static final String SKILL = "release-notes";
    private static final String DESCRIPTION = "Writes release notes in the house style";
    private static final String INSTRUCTIONS = "Always end release notes with the line RELEASED_WITH_CARE.";

    @Test
    void theModelSeesTheSkillAndLoadsItsInstructions(CopilotClient client, FakeModelServer model,
            CopilotTestEnvironment environment) throws IOException {
        model.enqueue(ModelReply.toolCall("skill", "{\"skill\":\"" + SKILL + "\"}"), ModelReply.text("Loaded."));
        Path skills = writeSkill(environment.root().resolve("skills"));

        try (CopilotSession session = client.createSession(
                SessionConfig.builder().skillDirectories(List.of(skills.toString())).build())) {
            session.sendAndWait("Write the release notes", TURN_TIMEOUT);
        }

        List<ModelRequest> requests = model.chatRequests();
        assertThat(systemMessage(requests.get(0))).contains("<name>" + SKILL + "</name>",
                "<description>" + DESCRIPTION + "</description>");
        List<ModelMessage> afterLoading = requests.get(1).messages();
        assertThat(afterLoading).filteredOn(message -> message.role().equals("tool")).extracting(ModelMessage::content)
                .containsExactly("Skill \"" + SKILL + "\" loaded successfully. Follow the instructions in the skill"
                        + " context.");
        assertThat(afterLoading.get(afterLoading.size() - 1)).satisfies(message -> {
            assertThat(message.role()).isEqualTo("user");
            assertThat(message.content()).startsWith("<skill-context name=\"" + SKILL + "\">")
                    .contains("Base directory for this skill: " + skills.resolve(SKILL), INSTRUCTIONS);
        });
    }

    @Test
    void aDisabledSkillIsNeitherListedNorLoadable(CopilotClient client, FakeModelServer model,
            CopilotTestEnvironment environment) throws IOException {
        model.enqueue(ModelReply.toolCall("skill", "{\"skill\":\"" + SKILL + "\"}"), ModelReply.text("Not there."));
        Path skills = writeSkill(environment.root().resolve("skills"));
        SessionConfig config = SessionConfig.builder().skillDirectories(List.of(skills.toString()))
                .disabledSkills(List.of(SKILL)).build();

        try (CopilotSession session = client.createSession(config)) {
            session.sendAndWait("Write the release notes", TURN_TIMEOUT);
        }

        List<ModelRequest> requests = model.chatRequests();
        assertThat(systemMessage(requests.get(0))).doesNotContain(SKILL);
        assertThat(requests.get(1).messages()).filteredOn(message -> message.role().equals("tool"))
                .extracting(ModelMessage::content).singleElement().asString()
                .startsWith("Skill \"" + SKILL + "\" not found.");
        assertThat(requests.get(1).messages()).extracting(ModelMessage::content)
                .noneMatch(content -> content.contains(INSTRUCTIONS));
    }

    /** Writes {@code <directory>/release-notes/SKILL.md} and returns {@code directory}. */
    private static Path writeSkill(Path directory) throws IOException {
        Path skill = Files.createDirectories(directory.resolve(SKILL));
        Files.writeString(skill.resolve("SKILL.md"), """
                ---
                name: %s
                description: %s
                ---

                # Release notes

                %s
                """.formatted(SKILL, DESCRIPTION, INSTRUCTIONS));
        return directory;
    }

    private static String systemMessage(ModelRequest request) {
        return request.messages().stream().filter(message -> message.role().equals("system"))
                .map(ModelMessage::content).findFirst().orElseThrow();
    }
}
