package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.SessionErrorException;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.ReplayMismatch;
import io.github.copilot4j.testkit.ReplaySnapshot;
import io.github.copilot4j.testkit.ReplayingModelServer;
import io.github.copilot4j.tool.ToolDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Conversations recorded by the official SDKs' end-to-end suite, replayed to the real CLI. */
class ReplayIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void replaysATwoTurnConversation() {
        Path snapshot = snapshot("session/should_have_stateful_conversation.yaml");
        ReplaySnapshot.Conversation recorded = ReplaySnapshot.load(snapshot).conversations().get(0);
        List<String> prompts = recorded.userPrompts();
        assertThat(prompts).hasSize(2);

        try (CopilotTestEnvironment environment = CopilotTestEnvironment.builder().replay(snapshot).build()) {
            CopilotClient client = environment.startClient();
            try (CopilotSession session = client.createSession(SessionConfig.builder().build())) {
                String first = session.sendAndWait(prompts.get(0), TURN_TIMEOUT).orElseThrow().content();
                String second = session.sendAndWait(prompts.get(1), TURN_TIMEOUT).orElseThrow().content();

                assertThat(first).isEqualTo(recorded.messages().get(2).content());
                assertThat(second).isEqualTo(recorded.finalAssistantContent().orElseThrow());
            }
            ReplayingModelServer server = environment.replayingModelServer();
            server.assertNoMismatches();
            assertThat(server.chatRequests()).hasSize(2);
        }
    }

    @Test
    void replaysACustomToolCallAndTheAnswerToItsResult() {
        Path snapshot = snapshot("tools/invokes_custom_tool.yaml");
        ReplaySnapshot.Conversation recorded = ReplaySnapshot.load(snapshot).conversations().get(0);
        ObjectNode parameters = JsonNodeFactory.instance.objectNode().put("type", "object");
        parameters.putObject("properties").putObject("input").put("type", "string")
                .put("description", "String to encrypt");
        parameters.putArray("required").add("input");
        List<String> inputs = new CopyOnWriteArrayList<>();
        ToolDefinition encrypt = ToolDefinition.of("encrypt_string", "Encrypts a string", parameters, invocation -> {
            String input = invocation.arguments().path("input").asString();
            inputs.add(input);
            return input.toUpperCase(Locale.ROOT);
        });
        SessionConfig config = SessionConfig.builder()
                .tools(List.of(encrypt))
                .onPermissionRequest(PermissionHandler.approveAll())
                .build();

        try (CopilotTestEnvironment environment = CopilotTestEnvironment.builder().replay(snapshot).build()) {
            CopilotClient client = environment.startClient();
            try (CopilotSession session = client.createSession(config)) {
                String answer = session.sendAndWait(recorded.userPrompts().get(0), TURN_TIMEOUT).orElseThrow()
                        .content();

                assertThat(answer).isEqualTo(recorded.finalAssistantContent().orElseThrow());
            }
            environment.replayingModelServer().assertNoMismatches();
            assertThat(inputs).containsExactly("Hello");
        }
    }

    @Test
    void anUnrecordedPromptFailsTheTurnAtOnceNamingTheDifference() {
        Path snapshot = snapshot("session/should_have_stateful_conversation.yaml");

        try (CopilotTestEnvironment environment = CopilotTestEnvironment.builder().replay(snapshot).build()) {
            CopilotClient client = environment.startClient();
            try (CopilotSession session = client.createSession(SessionConfig.builder().build())) {
                long start = System.nanoTime();
                assertThatThrownBy(() -> session.sendAndWait("What is 2+2?", TURN_TIMEOUT))
                        .isInstanceOf(SessionErrorException.class)
                        .hasMessageContaining("400")
                        .hasMessageContaining("should_have_stateful_conversation.yaml")
                        .hasMessageContaining("What is 2+2?");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            }
            ReplayMismatch mismatch = environment.replayingModelServer().lastMismatch().orElseThrow();
            assertThat(mismatch.conversation()).isZero();
            assertThat(mismatch.messageIndex()).isEqualTo(1);
            assertThat(mismatch.requestMessage()).isEqualTo(ReplaySnapshot.Message.of("user", "What is 2+2?"));
            assertThat(mismatch.recordedMessage()).isEqualTo(ReplaySnapshot.Message.of("user", "What is 1+1?"));
        }
    }

    private static Path snapshot(String name) {
        Path file = Path.of(System.getProperty("copilot4j.root", ".")).resolve("../shared/snapshots").resolve(name)
                .toAbsolutePath().normalize();
        assertThat(file).as("recorded snapshot").isRegularFile();
        return file;
    }
}
