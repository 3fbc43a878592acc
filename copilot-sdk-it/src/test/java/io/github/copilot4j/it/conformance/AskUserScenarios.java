package io.github.copilot4j.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.input.UserInputHandler;
import io.github.copilot4j.input.UserInputRequest;
import io.github.copilot4j.input.UserInputResponse;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.tool.CopilotToolParam;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.Tools;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** The {@code ask_user} recordings: the model asks the user through the session's user input handler. */
final class AskUserScenarios {

    private AskUserScenarios() {
    }

    static void register(ScenarioRegistry registry) {
        registry.scenario("ask_user/should_invoke_user_input_handler_when_model_uses_ask_user_tool.yaml", replay -> {
            List<UserInputRequest> requests = new CopyOnWriteArrayList<>();
            CopilotSession session = replay.createSession(answering(request -> {
                requests.add(request);
                return request.choices().isEmpty() ? UserInputResponse.freeform("freeform answer")
                        : UserInputResponse.choice(request.choices().get(0));
            }));
            replay.turn(session, replay.prompt());
            assertThat(requests).isNotEmpty().anyMatch(request -> !request.question().isEmpty());
            assertThat(requests).allMatch(request -> request.sessionId().equals(session.sessionId()));
        });
        registry.scenario("ask_user/should_receive_choices_in_user_input_request.yaml", replay -> {
            List<UserInputRequest> requests = new CopyOnWriteArrayList<>();
            CopilotSession session = replay.createSession(answering(request -> {
                requests.add(request);
                return UserInputResponse.choice(request.choices().isEmpty() ? "default" : request.choices().get(0));
            }));
            replay.turn(session, replay.prompt());
            assertThat(requests).anyMatch(request -> request.choices().equals(List.of("Red", "Blue")));
        });
        registry.scenario("ask_user/should_handle_freeform_user_input_response.yaml", replay -> {
            String freeform = "This is my custom freeform answer that was not in the choices";
            List<UserInputRequest> requests = new CopyOnWriteArrayList<>();
            CopilotSession session = replay.createSession(answering(request -> {
                requests.add(request);
                return UserInputResponse.freeform(freeform);
            }));
            assertThat(replay.turn(session, replay.prompt())).contains(freeform);
            assertThat(requests).isNotEmpty();
        });
        registry.scenario("ask_user/ask_user_does_not_block_sibling_tool_call_in_same_turn.yaml", replay -> {
            CountDownLatch markerSet = new CountDownLatch(1);
            AtomicBoolean siblingRanWhileAsking = new AtomicBoolean();
            ToolDefinition marker = Tools.of("set_marker", "Records a marker value", MarkerArgs.class, arguments -> {
                markerSet.countDown();
                return "MARKER_" + arguments.value().toUpperCase();
            });
            CopilotSession session = replay.createSession(answering(request -> {
                siblingRanWhileAsking.set(markerSet.await(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
                return UserInputResponse.choice(request.choices().isEmpty() ? "Option A" : request.choices().get(0));
            }).tools(List.of(marker)));
            replay.turn(session, replay.prompt());
            assertThat(siblingRanWhileAsking).as("set_marker ran while ask_user was pending").isTrue();
        });
    }

    private static SessionConfig.Builder answering(UserInputHandler handler) {
        return SessionConfig.builder().onPermissionRequest(PermissionHandler.approveAll())
                .onUserInputRequest(handler);
    }

    record MarkerArgs(@CopilotToolParam(description = "Marker value") String value) {
    }
}
