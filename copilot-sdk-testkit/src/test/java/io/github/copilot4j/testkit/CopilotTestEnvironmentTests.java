package io.github.copilot4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopilotTestEnvironmentTests {

    /** Never started: these tests only build environments. */
    private static final Path CLI = Path.of("/nonexistent/copilot");

    @TempDir
    Path directory;

    @Test
    void replaysASnapshotToTheEnvironmentsWorkDirectory() throws IOException {
        Path snapshot = Files.writeString(directory.resolve("recorded.yaml"), "models: [gpt-4.1]\nconversations: []\n");

        try (CopilotTestEnvironment environment = CopilotTestEnvironment.builder().root(directory.resolve("env"))
                .cliPath(CLI).replay(snapshot).build()) {
            ReplayingModelServer server = environment.replayingModelServer();

            assertThat(environment.server()).isSameAs(server);
            assertThat(server.workDirectory()).isEqualTo(environment.workDirectory());
            assertThat(server.snapshot().models()).containsExactly("gpt-4.1");
            assertThat(environment.environment()).containsEntry("COPILOT_API_URL", server.baseUrl())
                    .containsEntry("COPILOT_DEBUG_GITHUB_API_URL", server.baseUrl());
            assertThat(environment.byokProvider().baseUrl()).isEqualTo(server.openAiBaseUrl());
            assertThatThrownBy(environment::modelServer).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("replayingModelServer()");
        }
    }

    @Test
    void usesTheFakeModelServerByDefault() {
        try (CopilotTestEnvironment environment = CopilotTestEnvironment.builder().root(directory.resolve("env"))
                .cliPath(CLI).build()) {
            assertThat(environment.server()).isSameAs(environment.modelServer());
            assertThatThrownBy(environment::replayingModelServer).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("replay(");
        }
    }

    @Test
    void refusesBothAFakeServerAndAReplay() {
        CopilotTestEnvironment.Builder builder = CopilotTestEnvironment.builder().root(directory).cliPath(CLI)
                .modelServer(FakeModelServer.builder()).replay(directory.resolve("recorded.yaml"));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("modelServer and replay");
    }
}
