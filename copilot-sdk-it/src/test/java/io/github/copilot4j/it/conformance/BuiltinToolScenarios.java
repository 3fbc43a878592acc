package io.github.copilot4j.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.CustomAgentConfig;
import io.github.copilot4j.permission.PermissionHandler;
import java.nio.file.Path;
import java.util.List;

/** The {@code builtin_tools} and {@code skills} recordings: the CLI's own tools and skills, driven by the SDK. */
final class BuiltinToolScenarios {

    private static final String SKILL_MARKER = "PINEAPPLE_COCONUT_42";

    private BuiltinToolScenarios() {
    }

    static void register(ScenarioRegistry registry) {
        registry.scenario("builtin_tools/should_capture_exit_code_in_output.yaml", replay ->
                assertThat(replay.turn(session(replay), replay.prompt())).contains("hello", "world"));
        registry.scenario("builtin_tools/should_capture_stderr_output.yaml", replay ->
                assertThat(replay.turn(session(replay), replay.prompt())).contains("error_msg"));
        registry.drifted("builtin_tools/should_read_file_with_line_range.yaml", Drift.VIEW_LINE_NUMBERS, replay -> {
            replay.writeFile("lines.txt", "line1\nline2\nline3\nline4\nline5\n");
            assertThat(replay.turn(session(replay), replay.prompt())).contains("line2", "line4");
        });
        registry.scenario("builtin_tools/should_handle_nonexistent_file_gracefully.yaml", replay ->
                assertThat(replay.turn(session(replay), replay.prompt()).toUpperCase())
                        .containsPattern("NOT.FOUND|NOT.EXIST|NO.SUCH|FILE_NOT_FOUND|DOES.NOT.EXIST|ERROR"));
        registry.drifted("builtin_tools/should_edit_a_file_successfully.yaml", Drift.VIEW_LINE_NUMBERS, replay -> {
            replay.writeFile("edit_me.txt", "Hello World\nGoodbye World\n");
            assertThat(replay.turn(session(replay), replay.prompt())).contains("Hi Universe");
        });
        registry.drifted("builtin_tools/should_create_a_new_file.yaml", Drift.VIEW_LINE_NUMBERS, replay ->
                assertThat(replay.turn(session(replay), replay.prompt())).contains("Created by test"));
        registry.scenario("builtin_tools/should_search_for_patterns_in_files.yaml", replay -> {
            replay.writeFile("data.txt", "apple\nbanana\napricot\ncherry\n");
            assertThat(replay.turn(session(replay), replay.prompt())).contains("apple", "apricot");
        });
        registry.scenario("builtin_tools/should_find_files_by_pattern.yaml", replay -> {
            replay.writeFile("src/index.ts", "export const index = 1;");
            replay.writeFile("README.md", "# Readme");
            assertThat(replay.turn(session(replay), replay.prompt())).contains("index.ts");
        });

        registry.scenario("skills/should_load_and_apply_skill_from_skilldirectories.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll()
                    .skillDirectories(List.of(skillDirectory(replay).toString())));
            assertThat(replay.turn(session, replay.prompt())).contains(SKILL_MARKER);
        });
        registry.scenario("skills/should_not_apply_skill_when_disabled_via_disabledskills.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll()
                    .skillDirectories(List.of(skillDirectory(replay).toString()))
                    .disabledSkills(List.of("test-skill")));
            assertThat(replay.turn(session, replay.prompt())).doesNotContain(SKILL_MARKER);
        });
        registry.scenario("skills/should_allow_agent_with_skills_to_invoke_skill.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll()
                    .skillDirectories(List.of(skillDirectory(replay).toString()))
                    .customAgents(List.of(CustomAgentConfig.builder("skill-agent", "You are a helpful test agent.")
                            .description("An agent with access to test-skill").skills(List.of("test-skill")).build()))
                    .agent("skill-agent"));
            assertThat(replay.turn(session, replay.prompt())).contains(SKILL_MARKER);
        });
        registry.scenario("skills/should_not_provide_skills_to_agent_without_skills_field.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll()
                    .skillDirectories(List.of(skillDirectory(replay).toString()))
                    .customAgents(List.of(CustomAgentConfig.builder("no-skill-agent", "You are a helpful test agent.")
                            .description("An agent without skills access").build()))
                    .agent("no-skill-agent"));
            assertThat(replay.turn(session, replay.prompt())).doesNotContain(SKILL_MARKER);
        });
    }

    private static SessionConfig.Builder approveAll() {
        return SessionConfig.builder().onPermissionRequest(PermissionHandler.approveAll());
    }

    private static CopilotSession session(Replay replay) {
        return replay.createSession(approveAll());
    }

    /** The upstream suites' test skill, which asks the model to include a marker in every answer. */
    private static Path skillDirectory(Replay replay) {
        replay.writeFile(".test_skills/test-skill/SKILL.md", """
                ---
                name: test-skill
                description: A test skill that adds a marker to responses
                ---

                # Test Skill Instructions

                IMPORTANT: You MUST include the exact text "%s" somewhere in EVERY response you give. This is a \
                mandatory requirement. Include it naturally in your response.
                """.formatted(SKILL_MARKER));
        return replay.workDirectory().resolve(".test_skills");
    }
}
