package io.github.copilot4j.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotClientOptions;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.Transport;
import io.github.copilot4j.event.ExternalToolCompletedEvent;
import io.github.copilot4j.event.ExternalToolRequestedEvent;
import io.github.copilot4j.event.PermissionCompletedEvent;
import io.github.copilot4j.event.PermissionRequestedEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.permission.PermissionDecision;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.permission.PermissionRequest;
import io.github.copilot4j.tool.CopilotToolParam;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.Tools;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The {@code multi_client} and {@code rust_multi_client} recordings: two clients attached to one CLI server share a
 * session, each contributing tools and handlers and both seeing its events.
 */
final class MultiClientScenarios {

    private static final String TOKEN = "copilot4j-multi-client-token";

    private MultiClientScenarios() {
    }

    static void register(ScenarioRegistry registry) {
        for (String category : List.of("multi_client", "rust_multi_client")) {
            registry.scenario(category + "/both_clients_see_tool_request_and_completion_events.yaml", replay -> {
                Pair pair = Pair.start(replay);
                ToolDefinition magic = Tools.of("magic_number", "Returns a magic number", SeedArgs.class,
                        arguments -> "MAGIC_" + arguments.seed() + "_42");
                CopilotSession first = replay.createSession(pair.server(), approveAll().tools(List.of(magic)).build());
                CopilotSession second = replay.resumeSession(pair.attached(), first.sessionId(),
                        approveAll().build());
                CompletableFuture<ExternalToolRequestedEvent> firstRequested = SessionScenarios.nextEvent(first,
                        ExternalToolRequestedEvent.class);
                CompletableFuture<ExternalToolRequestedEvent> secondRequested = SessionScenarios.nextEvent(second,
                        ExternalToolRequestedEvent.class);
                CompletableFuture<ExternalToolCompletedEvent> firstCompleted = SessionScenarios.nextEvent(first,
                        ExternalToolCompletedEvent.class);
                CompletableFuture<ExternalToolCompletedEvent> secondCompleted = SessionScenarios.nextEvent(second,
                        ExternalToolCompletedEvent.class);
                assertThat(replay.turn(first, replay.prompt())).contains("MAGIC_hello_42");
                CompletableFuture.allOf(firstRequested, secondRequested, firstCompleted, secondCompleted)
                        .get(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            });
            registry.scenario(category + "/two_clients_register_different_tools_and_agent_uses_both.yaml", replay -> {
                Pair pair = Pair.start(replay);
                ToolDefinition city = Tools.of("city_lookup", "Returns a city name for a given country code",
                        CountryArgs.class, arguments -> "CITY_FOR_" + arguments.countryCode());
                ToolDefinition currency = Tools.of("currency_lookup", "Returns a currency for a given country code",
                        CountryArgs.class, arguments -> "CURRENCY_FOR_" + arguments.countryCode());
                CopilotSession first = replay.createSession(pair.server(), approveAll().tools(List.of(city)).build());
                replay.resumeSession(pair.attached(), first.sessionId(), approveAll().tools(List.of(currency))
                        .build());
                List<String> prompts = longestPrompts(replay);
                assertThat(replay.turn(first, prompts.get(0))).contains("CITY_FOR_US");
                assertThat(replay.turn(first, prompts.get(1))).contains("CURRENCY_FOR_US");
            });
            registry.drifted(category + "/disconnecting_client_removes_its_tools.yaml", Drift.TOOLS_CHANGED_NOTICE,
                    replay -> {
                        Pair pair = Pair.start(replay);
                        ToolDefinition stable = Tools.of("stable_tool", "A tool that persists across disconnects",
                                InputArgs.class, arguments -> "STABLE_" + arguments.input());
                        ToolDefinition ephemeral = Tools.of("ephemeral_tool",
                                "A tool that will disappear when its client disconnects", InputArgs.class,
                                arguments -> "EPHEMERAL_" + arguments.input());
                        CopilotSession first = replay.createSession(pair.server(),
                                approveAll().tools(List.of(stable)).build());
                        replay.resumeSession(pair.attached(), first.sessionId(), approveAll().tools(List.of(ephemeral))
                                .build());
                        List<String> prompts = longestPrompts(replay);
                        assertThat(replay.turn(first, prompts.get(0))).contains("STABLE_test1");
                        assertThat(replay.turn(first, prompts.get(1))).contains("EPHEMERAL_test2");
                        pair.attached().forceStop();
                        Thread.sleep(500);
                        String after = replay.send(first, "Use the stable_tool with input 'still_here'. Also try using "
                                + "ephemeral_tool if it is available.").orElseThrow().content();
                        assertThat(after).isEqualTo(replay.finalAnswer()).contains("STABLE_still_here")
                                .doesNotContain("EPHEMERAL_");
                    });
        }
        registry.scenario("multi_client/one_client_approves_permission_and_both_see_the_result.yaml", replay -> {
            Pair pair = Pair.start(replay);
            List<PermissionRequest> requests = new CopyOnWriteArrayList<>();
            CopilotSession first = replay.createSession(pair.server(), SessionConfig.builder()
                    .onPermissionRequest(context -> {
                        requests.add(context.request());
                        return PermissionDecision.approveOnce();
                    }).build());
            CopilotSession second = replay.resumeSession(pair.attached(), first.sessionId(), SessionConfig.builder()
                    .onPermissionRequest(context -> PermissionDecision.noResult()).build());
            List<CompletableFuture<? extends SessionEvent>> seen = permissionEvents(first, second);
            assertThat(replay.turn(first, replay.prompt())).isNotEmpty();
            assertThat(requests).isNotEmpty();
            assertPermissionResults(seen, "approved");
        });
        registry.scenario("multi_client/one_client_rejects_permission_and_both_see_the_result.yaml", replay -> {
            Pair pair = Pair.start(replay);
            CopilotSession first = replay.createSession(pair.server(), SessionConfig.builder()
                    .onPermissionRequest(context -> PermissionDecision.reject()).build());
            CopilotSession second = replay.resumeSession(pair.attached(), first.sessionId(), SessionConfig.builder()
                    .onPermissionRequest(context -> PermissionDecision.noResult()).build());
            List<CompletableFuture<? extends SessionEvent>> seen = permissionEvents(first, second);
            Path file = replay.writeFile("protected.txt", "protected content");
            replay.send(first, replay.prompt());
            assertThat(Files.readString(file)).isEqualTo("protected content");
            assertPermissionResults(seen, "denied-interactively-by-user");
        });
    }

    private static SessionConfig.Builder approveAll() {
        return SessionConfig.builder().onPermissionRequest(PermissionHandler.approveAll());
    }

    /** The prompts of the recorded conversation with the most of them. */
    private static List<String> longestPrompts(Replay replay) {
        return replay.recording().conversations().stream().map(conversation -> conversation.userPrompts())
                .max((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
    }

    /** Each session's next permission.requested and permission.completed, in that order. */
    private static List<CompletableFuture<? extends SessionEvent>> permissionEvents(CopilotSession first,
            CopilotSession second) {
        return List.of(SessionScenarios.nextEvent(first, PermissionRequestedEvent.class),
                SessionScenarios.nextEvent(second, PermissionRequestedEvent.class),
                SessionScenarios.nextEvent(first, PermissionCompletedEvent.class),
                SessionScenarios.nextEvent(second, PermissionCompletedEvent.class));
    }

    private static void assertPermissionResults(List<CompletableFuture<? extends SessionEvent>> seen, String kind)
            throws Exception {
        for (CompletableFuture<? extends SessionEvent> event : seen) {
            SessionEvent received = event.get(Replay.TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (received instanceof PermissionCompletedEvent completed) {
                assertThat(completed.result().path("kind").asString()).isEqualTo(kind);
            }
        }
    }

    /** A CLI server started by one client over TCP, and a second client attached to it. */
    private record Pair(CopilotClient server, CopilotClient attached) {

        static Pair start(Replay replay) throws IOException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            CopilotClient server = replay.newClient(options -> options.transport(Transport.TCP).port(port)
                    .connectionToken(TOKEN));
            CopilotClient attached = replay.newClient(CopilotClientOptions.builder().cliUrl("127.0.0.1:" + port)
                    .connectionToken(TOKEN).build());
            return new Pair(server, attached);
        }
    }

    record SeedArgs(@CopilotToolParam(description = "A seed value") String seed) {
    }

    record CountryArgs(@CopilotToolParam(description = "A two-letter country code") String countryCode) {
    }

    record InputArgs(String input) {
    }
}
