package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.PermissionCompletedEvent;
import io.github.copilot4j.event.PermissionRequestedEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.permission.PermissionDecision;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.permission.PermissionRequest;
import io.github.copilot4j.permission.ShellPermissionRequest;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelReply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The built-in {@code bash} tool asks for permission; the session's permission handler decides. */
@CopilotTest
class PermissionsIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);
    private static final String ECHO_CALL = "{\"command\":\"echo hello-from-tool\",\"description\":\"Echo\"}";
    /** What the CLI tells the model when nobody could be asked. */
    private static final String DENIED_WITHOUT_USER = "Permission denied and could not request permission from user";

    @Test
    void approveAllLetsTheCommandRun(CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.toolCall("bash", ECHO_CALL), ModelReply.text("It printed hello."));
        List<SessionEvent> events = new CopyOnWriteArrayList<>();
        SessionConfig config = SessionConfig.builder()
                .onPermissionRequest(PermissionHandler.approveAll())
                .onEvent(events::add)
                .build();
        try (CopilotSession session = client.createSession(config)) {
            assertThat(session.sendAndWait("Say hello in the shell.", TURN_TIMEOUT).orElseThrow().content())
                    .isEqualTo("It printed hello.");
        }

        assertThat(toolMessage(model)).contains("hello-from-tool");
        assertThat(events).filteredOn(PermissionCompletedEvent.class::isInstance)
                .extracting(event -> ((PermissionCompletedEvent) event).result().path("kind").asString())
                .containsExactly("approved");
    }

    @Test
    void withoutAHandlerTheCommandIsDeniedAndTheTurnCompletes(CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.toolCall("bash", ECHO_CALL), ModelReply.text("Denied."));
        List<SessionEvent> events = new CopyOnWriteArrayList<>();
        try (CopilotSession session = client.createSession(SessionConfig.builder().onEvent(events::add).build())) {
            assertThat(session.sendAndWait("Say hello in the shell.", TURN_TIMEOUT).orElseThrow().content())
                    .isEqualTo("Denied.");
        }

        assertThat(toolMessage(model)).startsWith(DENIED_WITHOUT_USER).doesNotContain("hello-from-tool");
        assertThat(events).noneMatch(PermissionRequestedEvent.class::isInstance);
    }

    @Test
    void aThrowingHandlerDeniesAndTheTurnCompletes(CopilotClient client, FakeModelServer model) {
        model.enqueue(ModelReply.toolCall("bash", ECHO_CALL), ModelReply.text("Denied."));
        SessionConfig config = SessionConfig.builder()
                .onPermissionRequest(context -> {
                    throw new IllegalStateException("The approval service is down");
                })
                .build();
        try (CopilotSession session = client.createSession(config)) {
            assertThat(session.sendAndWait("Say hello in the shell.", TURN_TIMEOUT).orElseThrow().content())
                    .isEqualTo("Denied.");
        }

        assertThat(toolMessage(model)).startsWith(DENIED_WITHOUT_USER).doesNotContain("hello-from-tool");
    }

    @Test
    void theHandlerSeesTheTypedShellRequestAndItsFeedbackReachesTheModel(CopilotClient client,
            FakeModelServer model) {
        model.enqueue(ModelReply.toolCall("bash", ECHO_CALL), ModelReply.text("Understood."));
        List<PermissionRequest> requests = new CopyOnWriteArrayList<>();
        SessionConfig config = SessionConfig.builder()
                .onPermissionRequest(context -> {
                    requests.add(context.request());
                    return PermissionDecision.reject("Shell commands are not allowed here");
                })
                .build();
        try (CopilotSession session = client.createSession(config)) {
            assertThat(session.sendAndWait("Say hello in the shell.", TURN_TIMEOUT).orElseThrow().content())
                    .isEqualTo("Understood.");
        }

        assertThat(requests).singleElement().isInstanceOfSatisfying(ShellPermissionRequest.class, shell -> {
            assertThat(shell.fullCommandText()).isEqualTo("echo hello-from-tool");
            assertThat(shell.intention()).isEqualTo("Echo");
            assertThat(shell.toolCallId()).isEqualTo(toolCallId(model));
            assertThat(shell.commands()).isNotEmpty();
            assertThat(shell.hasWriteFileRedirection()).isFalse();
        });
        assertThat(toolMessage(model)).isEqualTo(
                "The user rejected this tool call. User feedback: Shell commands are not allowed here");
    }

    /** The content of the tool message the model received after its tool call. */
    private static String toolMessage(FakeModelServer model) {
        return model.chatRequests().get(1).messages().stream()
                .filter(message -> message.role().equals("tool"))
                .map(ModelMessage::content)
                .findFirst()
                .orElseThrow();
    }

    private static String toolCallId(FakeModelServer model) {
        return model.chatRequests().get(1).messages().stream()
                .filter(message -> message.role().equals("tool"))
                .map(ModelMessage::toolCallId)
                .findFirst()
                .orElseThrow();
    }
}
