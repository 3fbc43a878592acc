package io.github.copilot4j.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.UnknownSessionEvent;
import io.github.copilot4j.permission.CustomToolPermissionRequest;
import io.github.copilot4j.permission.PermissionDecision;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.permission.PermissionRequest;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelRequest;
import io.github.copilot4j.tool.CopilotTool;
import io.github.copilot4j.tool.CopilotToolParam;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.Tools;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** The {@code tools} recordings: custom tools, their arguments, results, errors and flags. */
final class ToolsScenarios {

    private ToolsScenarios() {
    }

    static void register(ScenarioRegistry registry) {
        registry.drifted("tools/invokes_built_in_tools.yaml", Drift.VIEW_LINE_NUMBERS, replay -> {
            replay.writeFile("README.md", "# ELIZA, the only chatbot you'll ever need");
            CopilotSession session = replay.createSession(approveAll());
            assertThat(replay.turn(session, replay.prompt())).contains("ELIZA");
        });
        registry.scenario("tools/invokes_custom_tool.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll().tools(List.of(ConformanceTools.encryptString(
                    null))).build());
            assertThat(replay.turn(session, replay.prompt())).contains("HELLO");
        });
        registry.scenario("tools/clears_context_from_a_terminal_tool_and_starts_the_seeded_turn.yaml",
                ToolsScenarios::clearsContextFromATerminalTool);
        registry.scenario("tools/low_level_tool_definition.yaml", ToolsScenarios::lowLevelToolDefinition);
        registry.scenario("tools/ergonomic_tool_definition.yaml", replay -> {
            PhaseTools tools = new PhaseTools();
            CopilotSession session = replay.createSession(approveAll().tools(Tools.from(tools))
                    .availableTools(List.of("custom:*", "builtin:web_fetch")).build());
            String answer = replay.turn(session, replay.prompt()).toLowerCase();
            assertThat(answer).contains("analyzing").containsAnyOf("item_alpha", "item_beta");
            assertThat(tools.currentPhase.get()).isEqualTo("analyzing");
        });
        registry.scenario("tools/ergonomic_tool_arity0.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll().tools(Tools.from(new PhaseTools()))
                    .availableTools(List.of("custom:*")).build());
            assertThat(replay.turn(session, replay.prompt()).toLowerCase()).contains("ok");
        });
        registry.scenario("tools/ergonomic_tool_arity2.yaml", replay -> {
            CopilotSession session = replay.createSession(approveAll().tools(Tools.from(new PhaseTools()))
                    .availableTools(List.of("custom:*")).build());
            assertThat(replay.turn(session, replay.prompt()).toLowerCase()).contains("alpha", "beta");
        });
        registry.scenario("tools/handles_tool_calling_errors.yaml", replay -> {
            ToolDefinition location = ToolDefinition.of("get_user_location", "Gets the user's location", null,
                    invocation -> {
                        throw new IllegalStateException("Melbourne");
                    });
            CopilotSession session = replay.createSession(approveAll().tools(List.of(location)).build());
            String answer = replay.turn(session, replay.prompt());
            ModelRequest last = lastRequest(replay);
            List<ModelMessage.ToolCall> calls = last.messages().stream().flatMap(m -> m.toolCalls().stream())
                    .toList();
            assertThat(calls).extracting(ModelMessage.ToolCall::name).containsExactly("get_user_location");
            List<ModelMessage> results = last.messages().stream().filter(m -> m.role().equals("tool")).toList();
            assertThat(results).hasSize(1);
            assertThat(results.get(0).toolCallId()).isEqualTo(calls.get(0).id());
            assertThat(results.get(0).content()).doesNotContain("Melbourne");
            assertThat(answer).doesNotContain("Melbourne");
            assertThat(answer.toLowerCase()).contains("unknown");
        });
        registry.scenario("tools/can_receive_and_return_complex_types.yaml", replay -> {
            AtomicReference<String> sessionIdSeen = new AtomicReference<>();
            ToolDefinition query = Tools.of("db_query", "Performs a database query", DbQuery.class,
                    (arguments, invocation) -> {
                        assertThat(arguments.query().table()).isEqualTo("cities");
                        assertThat(arguments.query().ids()).containsExactly(12, 19);
                        assertThat(arguments.query().sortAscending()).isTrue();
                        sessionIdSeen.set(invocation.sessionId());
                        return List.of(new City(19, "Passos", 135460), new City(12, "San Lorenzo", 204356));
                    });
            CopilotSession session = replay.createSession(approveAll().tools(List.of(query)).build());
            String answer = replay.turn(session, replay.prompt()).replace(",", "");
            assertThat(answer).contains("Passos", "San Lorenzo", "135460", "204356");
            assertThat(sessionIdSeen.get()).isEqualTo(session.sessionId());
        });
        registry.scenario("tools/invokes_custom_tool_with_permission_handler.yaml", replay -> {
            List<PermissionRequest> requests = new CopyOnWriteArrayList<>();
            CopilotSession session = replay.createSession(SessionConfig.builder()
                    .tools(List.of(ConformanceTools.encryptString(null)))
                    .onPermissionRequest(context -> {
                        requests.add(context.request());
                        return PermissionDecision.approveOnce();
                    }).build());
            assertThat(replay.turn(session, replay.prompt())).contains("HELLO");
            assertThat(requests).filteredOn(CustomToolPermissionRequest.class::isInstance).first()
                    .extracting(request -> ((CustomToolPermissionRequest) request).toolName())
                    .isEqualTo("encrypt_string");
        });
        registry.scenario("tools/skippermission_sent_in_tool_definition.yaml", replay -> {
            AtomicBoolean asked = new AtomicBoolean();
            ToolDefinition lookup = Tools.of("safe_lookup", "A safe lookup that skips permission", LookupId.class,
                    arguments -> "RESULT: " + arguments.id()).withSkipPermission(true);
            CopilotSession session = replay.createSession(SessionConfig.builder().tools(List.of(lookup))
                    .onPermissionRequest(context -> {
                        asked.set(true);
                        return PermissionDecision.noResult();
                    }).build());
            assertThat(replay.turn(session, replay.prompt())).contains("RESULT: test123");
            assertThat(asked).isFalse();
        });
        registry.scenario("tools/overrides_built_in_tool_with_custom_tool.yaml", replay -> {
            ToolDefinition grep = Tools.of("grep", "A custom grep implementation that overrides the built-in",
                    GrepQuery.class, arguments -> "CUSTOM_GREP_RESULT: " + arguments.query())
                    .withOverridesBuiltInTool(true);
            CopilotSession session = replay.createSession(approveAll().tools(List.of(grep)).build());
            assertThat(replay.turn(session, replay.prompt()).toLowerCase()).containsAnyOf("hello", "search", "found");
        });
        registry.scenario("tools/denies_custom_tool_when_permission_denied.yaml", replay -> {
            AtomicBoolean called = new AtomicBoolean();
            CopilotSession session = replay.createSession(SessionConfig.builder()
                    .tools(List.of(ConformanceTools.encryptString(called)))
                    .onPermissionRequest(context -> PermissionDecision.reject()).build());
            replay.send(session, replay.prompt());
            assertThat(called).isFalse();
        });
        registry.scenario("tools/should_execute_multiple_custom_tools_in_parallel_single_turn.yaml", replay -> {
            AtomicBoolean cityCalled = new AtomicBoolean();
            AtomicBoolean countryCalled = new AtomicBoolean();
            ToolDefinition city = Tools.of("lookup_city", "Looks up city information", CityArgs.class, arguments -> {
                cityCalled.set(true);
                return "CITY_" + arguments.city().toUpperCase();
            });
            ToolDefinition country = Tools.of("lookup_country", "Looks up country information", CountryArgs.class,
                    arguments -> {
                        countryCalled.set(true);
                        return "COUNTRY_" + arguments.country().toUpperCase();
                    });
            CopilotSession session = replay.createSession(approveAll().tools(List.of(city, country)).build());
            assertThat(replay.turn(session, replay.prompt())).contains("CITY_PARIS", "COUNTRY_FRANCE");
            assertThat(cityCalled).isTrue();
            assertThat(countryCalled).isTrue();
        });
        registry.scenario("tools/should_respect_availabletools_and_excludedtools_combined.yaml", replay -> {
            AtomicBoolean allowedCalled = new AtomicBoolean();
            AtomicBoolean excludedCalled = new AtomicBoolean();
            ToolDefinition allowed = Tools.of("allowed_tool", "A tool that is allowed", InputArgs.class, arguments -> {
                allowedCalled.set(true);
                return "ALLOWED_" + arguments.input().toUpperCase();
            });
            ToolDefinition excluded = ToolDefinition.of("excluded_tool", "A tool that should be excluded",
                    ConformanceTools.emptyObjectSchema(), invocation -> {
                        excludedCalled.set(true);
                        return "EXCLUDED_RESULT";
                    });
            CopilotSession session = replay.createSession(approveAll().tools(List.of(allowed, excluded))
                    .availableTools(List.of("allowed_tool", "excluded_tool"))
                    .excludedTools(List.of("excluded_tool")).build());
            assertThat(replay.turn(session, replay.prompt())).contains("ALLOWED_TEST");
            assertThat(allowedCalled).isTrue();
            assertThat(excludedCalled).isFalse();
            assertThat(replay.chatRequests().get(0).toolNames()).contains("allowed_tool")
                    .doesNotContain("excluded_tool");
        });
    }

    private static void lowLevelToolDefinition(Replay replay) {
        AtomicReference<String> phase = new AtomicReference<>("");
        ToolDefinition setPhase = ToolDefinition.of("set_current_phase", "Sets the current phase of the agent",
                ConformanceTools.schema("""
                        {"type":"object","properties":{"phase":{"type":"string",
                        "enum":["searching","analyzing","done"]}},"required":["phase"]}"""),
                invocation -> {
                    phase.set(invocation.arguments().path("phase").asString());
                    return "Phase set to " + phase.get();
                });
        ToolDefinition search = ToolDefinition.of("search_items", "Search for items by keyword",
                ConformanceTools.schema("""
                        {"type":"object","properties":{"keyword":{"type":"string"}},"required":["keyword"]}"""),
                invocation -> {
                    String keyword = invocation.arguments().path("keyword").asString();
                    if (!keyword.equals("copilot")) {
                        throw new IllegalArgumentException("Expected keyword to be 'copilot', got: " + keyword);
                    }
                    return "Found: item_alpha, item_beta";
                });
        CopilotSession session = replay.createSession(approveAll().tools(List.of(setPhase, search))
                .availableTools(List.of("custom:*", "builtin:web_fetch")).build());
        String answer = replay.turn(session, replay.prompt()).toLowerCase();
        assertThat(answer).contains("analyzing").containsAnyOf("item_alpha", "item_beta");
        assertThat(phase.get()).isEqualTo("analyzing");
    }

    private static void clearsContextFromATerminalTool(Replay replay) {
        String seed = "Reply with exactly FRESH_CONTEXT.";
        AtomicReference<CopilotSession> session = new AtomicReference<>();
        ToolDefinition clearContext = ToolDefinition.of("clear_context",
                "Clears the conversation and starts a fresh context window", ConformanceTools.schema(
                        "{\"type\":\"object\",\"properties\":{\"prompt\":{\"type\":\"string\"}},"
                                + "\"required\":[\"prompt\"]}"),
                invocation -> session.get().clearContextAsync(seed)
                        .thenApply(cleared -> "Cleared " + cleared + " messages."))
                .withTerminal(true).withDefer(ToolDefinition.Defer.NEVER);
        EventLog events = new EventLog();
        session.set(replay.createSession(approveAll().onEvent(events).tools(List.of(clearContext)).build()));

        assertThat(replay.turn(session.get(), replay.prompt())).contains("FRESH_CONTEXT");
        UnknownSessionEvent cleared = events.of(UnknownSessionEvent.class).stream()
                .filter(event -> event.type().equals("session.context_cleared")).findFirst().orElseThrow();
        assertThat(cleared.data().path("messagesCleared").asInt()).isPositive();
        assertThat(cleared.data().path("initialMessage").asString()).isEqualTo(seed);
        List<ModelRequest> requests = replay.chatRequests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).messages()).anyMatch(message -> message.content().contains(seed));
    }

    private static SessionConfig.Builder approveAll() {
        return SessionConfig.builder().onPermissionRequest(PermissionHandler.approveAll());
    }

    private static ModelRequest lastRequest(Replay replay) {
        List<ModelRequest> requests = replay.chatRequests();
        assertThat(requests).isNotEmpty();
        return requests.get(requests.size() - 1);
    }

    /** The annotated tools of the upstream Java SDK's ergonomic tool tests. */
    static final class PhaseTools {

        final AtomicReference<String> currentPhase = new AtomicReference<>();

        @CopilotTool(name = "set_current_phase", description = "Sets the current phase of the agent")
        String setCurrentPhase(@CopilotToolParam(description = "The phase to transition to") String phase) {
            currentPhase.set(phase);
            return "Phase set to " + phase;
        }

        @CopilotTool(name = "search_items", description = "Search for items by keyword")
        String searchItems(@CopilotToolParam(description = "Search keyword") String keyword) {
            return "Found: " + keyword + " -> item_alpha, item_beta";
        }

        @CopilotTool(name = "get_status", description = "Returns the current status")
        String getStatus() {
            return "Status: OK";
        }

        @CopilotTool(name = "combine_values", description = "Combines two values into a single string")
        String combineValues(@CopilotToolParam(description = "First value") String value1,
                @CopilotToolParam(description = "Second value") String value2) {
            return "combined: " + value1 + " + " + value2;
        }
    }

    record Query(String table, List<Integer> ids, boolean sortAscending) {
    }

    record DbQuery(Query query) {
    }

    record City(int countryId, String cityName, int population) {
    }

    record LookupId(@CopilotToolParam(description = "ID to look up") String id) {
    }

    record GrepQuery(@CopilotToolParam(description = "Search query") String query) {
    }

    record CityArgs(String city) {
    }

    record CountryArgs(String country) {
    }

    record InputArgs(String input) {
    }
}
