package io.github.copilot4j.spring.observation;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.ProviderConfig;
import io.github.copilot4j.config.ProviderType;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionEventListener;
import io.github.copilot4j.hook.HookContext;
import io.github.copilot4j.hook.PreToolUseInput;
import io.github.copilot4j.hook.PreToolUseOutput;
import io.github.copilot4j.hook.SessionHooks;
import io.github.copilot4j.spring.TestEvents;
import io.github.copilot4j.spring.session.CopilotSessionFactory;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.ToolHandler;
import io.github.copilot4j.tool.ToolInvocation;
import io.github.copilot4j.tool.ToolResult;
import io.github.copilot4j.trace.TraceContext;
import io.github.copilot4j.tool.ToolCancellation;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SessionObservationCustomizerTests {

    private static final String SESSION_ID = "session-1";

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    private final SessionObservationCustomizer customizer = new SessionObservationCustomizer(registry, null, null,
            null, false);

    @Test
    void observesATurnFromThePromptToIdle() {
        SessionEventListener<SessionEvent> session = customize(config().model("gpt-5").build()).onEvent();

        session.onEvent(TestEvents.userMessage("What is 2+2?"));
        session.onEvent(TestEvents.turnStart("claude-sonnet-4.5"));
        session.onEvent(TestEvents.assistantMessage("4"));
        assertThat(registry).hasObservationWithNameEqualTo("gen_ai.client.operation").that().isNotStopped();
        session.onEvent(TestEvents.idle(false));

        assertThat(registry).hasNumberOfObservationsEqualTo(1)
                .hasObservationWithNameEqualTo("gen_ai.client.operation").that()
                .hasBeenStopped()
                .hasContextualNameEqualTo("invoke_agent claude-sonnet-4.5")
                .hasLowCardinalityKeyValue("gen_ai.operation.name", "invoke_agent")
                .hasLowCardinalityKeyValue("gen_ai.provider.name", "github-copilot")
                .hasLowCardinalityKeyValue("gen_ai.request.model", "claude-sonnet-4.5")
                .hasLowCardinalityKeyValue("outcome", "success")
                .hasLowCardinalityKeyValue("error.type", "none")
                .hasHighCardinalityKeyValue("gen_ai.conversation.id", SESSION_ID)
                .doesNotHaveHighCardinalityKeyValueWithKey("gen_ai.prompt")
                .doesNotHaveHighCardinalityKeyValueWithKey("gen_ai.completion");
    }

    @Test
    void learnsTheSessionIdOfASessionWithoutOneFromItsStartEvent() {
        SessionEventListener<SessionEvent> session = customize(SessionConfig.defaults()).onEvent();

        session.onEvent(TestEvents.sessionStart("generated-1"));
        session.onEvent(TestEvents.userMessage("prompt"));
        session.onEvent(TestEvents.idle(false));

        assertThat(registry).hasObservationWithNameEqualTo("gen_ai.client.operation").that()
                .hasHighCardinalityKeyValue("gen_ai.conversation.id", "generated-1");
    }

    @Test
    void startsATurnOnlyOnceAndAgainAfterIdle() {
        SessionEventListener<SessionEvent> session = customize(config().build()).onEvent();

        for (int turn = 0; turn < 2; turn++) {
            session.onEvent(TestEvents.userMessage("prompt"));
            session.onEvent(TestEvents.turnStart("gpt-5"));
            session.onEvent(TestEvents.turnStart("gpt-5"));
            session.onEvent(TestEvents.idle(false));
        }
        session.onEvent(TestEvents.idle(false));

        assertThat(registry).hasNumberOfObservationsWithNameEqualTo("gen_ai.client.operation", 2);
    }

    @Test
    void recordsAFailedTurn() {
        SessionEventListener<SessionEvent> session = customize(config().build()).onEvent();

        session.onEvent(TestEvents.userMessage("prompt"));
        session.onEvent(TestEvents.error("rate_limit", "Slow down"));
        session.onEvent(TestEvents.idle(false));

        assertThat(registry).hasObservationWithNameEqualTo("gen_ai.client.operation").that()
                .hasLowCardinalityKeyValue("outcome", "error")
                .hasLowCardinalityKeyValue("error.type", "rate_limit")
                .hasLowCardinalityKeyValue("gen_ai.request.model", "none")
                .hasError();
    }

    @Test
    void recordsAnAbortedTurn() {
        SessionEventListener<SessionEvent> session = customize(config().build()).onEvent();

        session.onEvent(TestEvents.userMessage("prompt"));
        session.onEvent(TestEvents.abort());
        session.onEvent(TestEvents.idle(true));

        assertThat(registry).hasObservationWithNameEqualTo("gen_ai.client.operation").that()
                .hasLowCardinalityKeyValue("outcome", "aborted");
    }

    @Test
    void namesTheByokProviderType() {
        SessionConfig config = config().provider(ProviderConfig.builder("http://localhost:1/v1")
                .type(ProviderType.ANTHROPIC).build()).build();
        SessionEventListener<SessionEvent> session = customize(config).onEvent();

        session.onEvent(TestEvents.userMessage("prompt"));
        session.onEvent(TestEvents.idle(false));

        assertThat(registry).hasObservationWithNameEqualTo("gen_ai.client.operation").that()
                .hasLowCardinalityKeyValue("gen_ai.provider.name", "anthropic");
    }

    @Test
    void recordsContentOnlyWhenIncluded() throws Exception {
        SessionObservationCustomizer withContent = new SessionObservationCustomizer(registry, null, null, null, true);
        SessionConfig config = withContent.customize(CopilotSessionFactory.DEFAULT_PROFILE,
                config().tools(List.of(tool(invocation -> "sunny"))).build());

        config.onEvent().onEvent(TestEvents.userMessage("Weather?"));
        config.tools().get(0).handler().handle(invocation("{\"city\":\"Paris\"}"));
        config.onEvent().onEvent(TestEvents.assistantMessage("It is sunny."));
        config.onEvent().onEvent(TestEvents.idle(false));

        assertThat(registry).hasObservationWithNameEqualTo("gen_ai.client.operation").that()
                .hasHighCardinalityKeyValue("gen_ai.prompt", "Weather?")
                .hasHighCardinalityKeyValue("gen_ai.completion", "It is sunny.");
        assertThat(registry).hasObservationWithNameEqualTo("copilot.tool").that()
                .hasHighCardinalityKeyValue("gen_ai.tool.call.arguments", "{\"city\":\"Paris\"}")
                .hasHighCardinalityKeyValue("gen_ai.tool.call.result", "sunny");
    }

    @Test
    void observesAToolCallAsAChildOfTheTurn() throws Exception {
        SessionConfig config = customize(config().tools(List.of(tool(invocation -> "sunny"))).build());
        config.onEvent().onEvent(TestEvents.userMessage("Weather?"));

        Object result = config.tools().get(0).handler().handle(invocation("{}"));
        config.onEvent().onEvent(TestEvents.idle(false));

        assertThat(result).isEqualTo("sunny");
        assertThat(registry).hasObservationWithNameEqualTo("copilot.tool").that()
                .hasBeenStopped()
                .hasContextualNameEqualTo("execute_tool weather")
                .hasLowCardinalityKeyValue("gen_ai.operation.name", "execute_tool")
                .hasLowCardinalityKeyValue("gen_ai.tool.name", "weather")
                .hasLowCardinalityKeyValue("outcome", "success")
                .hasHighCardinalityKeyValue("gen_ai.tool.call.id", "call-1")
                .doesNotHaveHighCardinalityKeyValueWithKey("gen_ai.tool.call.arguments")
                .hasParentObservationContextMatching(TurnObservationContext.class::isInstance);
    }

    @Test
    void aToolCallCarryingTheCliTraceContextIsNotParentedToTheTurn() throws Exception {
        SessionConfig config = customize(config().tools(List.of(tool(invocation -> "sunny"))).build());
        config.onEvent().onEvent(TestEvents.userMessage("Weather?"));

        config.tools().get(0).handler().handle(new ToolInvocation(SESSION_ID, "call-1", "weather",
                JsonMapper.shared().readTree("{}"),
                new TraceContext("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", null),
                new ToolCancellation()));

        assertThat(registry).hasObservationWithNameEqualTo("copilot.tool").that().doesNotHaveParentObservation();
    }

    @Test
    void recordsAFailingToolAndRethrows() {
        SessionConfig config = customize(config().tools(List.of(tool(invocation -> {
            throw new IllegalStateException("broken");
        }))).build());

        assertThatIllegalStateException().isThrownBy(() -> config.tools().get(0).handler().handle(invocation("{}")));

        assertThat(registry).hasObservationWithNameEqualTo("copilot.tool").that()
                .hasBeenStopped()
                .hasLowCardinalityKeyValue("outcome", "error")
                .hasLowCardinalityKeyValue("error.type", "IllegalStateException")
                .hasError();
    }

    @Test
    void countsAFailureResultAsAnError() throws Exception {
        SessionConfig config = customize(config().tools(List.of(tool(invocation -> ToolResult.failure("no"))))
                .build());

        config.tools().get(0).handler().handle(invocation("{}"));

        assertThat(registry).hasObservationWithNameEqualTo("copilot.tool").that()
                .hasLowCardinalityKeyValue("outcome", "error")
                .hasLowCardinalityKeyValue("error.type", "failure");
    }

    @Test
    void stopsTheObservationOfAnAsynchronousToolWhenItCompletes() throws Exception {
        CompletableFuture<String> pending = new CompletableFuture<>();
        SessionConfig config = customize(config().tools(List.of(tool(invocation -> pending))).build());

        CompletionStage<?> result = (CompletionStage<?>) config.tools().get(0).handler().handle(invocation("{}"));
        assertThat(registry).hasObservationWithNameEqualTo("copilot.tool").that().isNotStopped();
        pending.complete("done");

        assertThat(result.toCompletableFuture().get()).isEqualTo("done");
        assertThat(registry).hasObservationWithNameEqualTo("copilot.tool").that().hasBeenStopped()
                .hasLowCardinalityKeyValue("outcome", "success");
    }

    @Test
    void leavesDeclarationsWithoutHandlerAlone() {
        ToolDefinition declaration = ToolDefinition.declaration("remote", null, null);

        SessionConfig config = customize(config().tools(List.of(declaration)).build());

        assertThat(config.tools()).containsExactly(declaration);
    }

    @Test
    void observesHooks() throws Exception {
        SessionHooks hooks = SessionHooks.builder()
                .onPreToolUse((input, context) -> PreToolUseOutput.deny("not now"))
                .build();
        SessionConfig config = customize(config().hooks(hooks).build());

        PreToolUseOutput output = config.hooks().preToolUse().handle(new PreToolUseInput(SESSION_ID,
                Instant.now(), "/work", "bash", null), new HookContext(SESSION_ID));

        assertThat(output.permissionDecision()).isEqualTo(PreToolUseOutput.Decision.DENY);
        assertThat(config.hooks().types()).containsExactlyElementsOf(hooks.types());
        assertThat(registry).hasObservationWithNameEqualTo("copilot.hook").that()
                .hasBeenStopped()
                .hasContextualNameEqualTo("hook preToolUse")
                .hasLowCardinalityKeyValue("copilot.hook.type", "preToolUse")
                .hasLowCardinalityKeyValue("outcome", "success")
                .hasHighCardinalityKeyValue("gen_ai.conversation.id", SESSION_ID);
    }

    @Test
    void usesTheApplicationsConventions() {
        TurnObservationConvention convention = new DefaultTurnObservationConvention() {
            @Override
            public String getName() {
                return "my.turn";
            }
        };
        SessionObservationCustomizer custom = new SessionObservationCustomizer(registry, convention, null, null,
                false);
        SessionEventListener<SessionEvent> session = custom.customize(CopilotSessionFactory.DEFAULT_PROFILE,
                config().build()).onEvent();

        session.onEvent(TestEvents.userMessage("prompt"));
        session.onEvent(TestEvents.idle(false));

        assertThat(registry).hasObservationWithNameEqualTo("my.turn");
    }

    private SessionConfig customize(SessionConfig config) {
        return customizer.customize(CopilotSessionFactory.DEFAULT_PROFILE, config);
    }

    private static SessionConfig.Builder config() {
        return SessionConfig.builder().sessionId(SESSION_ID);
    }

    private static ToolDefinition tool(ToolHandler handler) {
        return ToolDefinition.of("weather", "The weather", null, handler);
    }

    private static ToolInvocation invocation(String arguments) {
        return new ToolInvocation(SESSION_ID, "call-1", "weather", JsonMapper.shared().readTree(arguments));
    }
}
