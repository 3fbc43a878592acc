package io.github.copilot4j.internal.session;

import static io.github.copilot4j.internal.session.RequestRecordingChannel.event;
import static io.github.copilot4j.internal.session.RequestRecordingChannel.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.command.CommandContext;
import io.github.copilot4j.command.CommandDefinition;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class CommandFeatureTests {

    private final RequestRecordingChannel channel = new RequestRecordingChannel();
    private final List<CommandContext> runs = new CopyOnWriteArrayList<>();
    private final SessionFeature feature = CommandFeature.forConfig(SessionConfig.builder()
            .commands(List.of(
                    new CommandDefinition("deploy", "Deploys", runs::add),
                    new CommandDefinition("fail", null, context -> {
                        throw new IllegalStateException("Deployment target is locked");
                    })))
            .build()).orElseThrow();

    @Test
    void runsTheCommandAndReportsCompletion() {
        feature.onEvent(execute("deploy", "production"), channel);

        assertThat(runs).containsExactly(
                new CommandContext("session-1", "/deploy production", "deploy", "production"));
        assertThat(channel.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.method()).isEqualTo("session.commands.handlePendingCommand");
            assertThat(sent.params()).isEqualTo(json("{\"requestId\": \"cmd-1\", \"sessionId\": \"session-1\"}"));
        });
    }

    @Test
    void reportsTheHandlersError() {
        feature.onEvent(execute("fail", ""), channel);

        assertThat(channel.sent()).singleElement().satisfies(sent -> assertThat(sent.params()).isEqualTo(json(
                "{\"requestId\": \"cmd-1\", \"sessionId\": \"session-1\", \"error\": \"Deployment target is locked\"}")));
    }

    @Test
    void reportsAnUnknownCommand() {
        feature.onEvent(execute("rollback", "now"), channel);

        assertThat(runs).isEmpty();
        assertThat(channel.sent()).singleElement()
                .satisfies(sent -> assertThat(sent.params().get("error").asString())
                        .isEqualTo("Unknown command: rollback"));
    }

    @Test
    void ignoresOtherEventsAndRequestsWithoutAnId() {
        feature.onEvent(event("commands.changed", "{\"commands\": []}"), channel);
        feature.onEvent(event("command.execute", "{\"commandName\": \"deploy\", \"command\": \"/deploy\"}"), channel);

        assertThat(runs).isEmpty();
        assertThat(channel.sent()).isEmpty();
    }

    @Test
    void isPresentOnlyWithCommands() {
        assertThat(CommandFeature.forConfig(SessionConfig.defaults())).isEmpty();
        assertThat(CommandFeature.forConfig(SessionConfig.builder().commands(List.of()).build())).isEmpty();
    }

    private static io.github.copilot4j.event.SessionEvent execute(String name, String args) {
        return event("command.execute", "{\"requestId\": \"cmd-1\", \"command\": \"/" + name
                + (args.isEmpty() ? "" : " " + args) + "\", \"commandName\": \"" + name + "\", \"args\": \"" + args
                + "\"}");
    }
}
