package io.github.copilot4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.config.SystemMessage;
import io.github.copilot4j.config.SystemMessage.Section;
import io.github.copilot4j.hook.HookContext;
import io.github.copilot4j.hook.PreToolUseInput;
import io.github.copilot4j.hook.PreToolUseOutput;
import io.github.copilot4j.hook.SessionHooks;
import io.github.copilot4j.input.UserInputHandler;
import io.github.copilot4j.input.UserInputRequest;
import io.github.copilot4j.input.UserInputResponse;
import io.github.copilot4j.internal.wire.SessionConfigWire;
import io.github.copilot4j.internal.wire.WireJson;
import io.github.copilot4j.permission.PermissionDecision;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.permission.PermissionRequest;
import io.github.copilot4j.permission.PermissionRequestContext;
import io.github.copilot4j.permission.ReadPermissionRequest;
import io.github.copilot4j.permission.ShellPermissionRequest;
import io.github.copilot4j.tool.CopilotTool;
import io.github.copilot4j.tool.CopilotToolParam;
import io.github.copilot4j.tool.ToolCancellation;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.ToolInvocation;
import io.github.copilot4j.tool.ToolResult;
import io.github.copilot4j.tool.Tools;
import io.github.copilot4j.trace.TraceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The examples of the README's section "Tools, handlers, hooks and system messages" (between the {@code README}
 * markers), checked to compile and to do what the README says.
 */
class ReadmeExamplesTests {

    // README: tools
    record EncryptArgs(@CopilotToolParam(description = "The text to encrypt") String input) {
    }

    static final class WeatherTools {

        @CopilotTool(description = "Returns the forecast for a city", skipPermission = true)
        String forecast(@CopilotToolParam(description = "The city") String city) {
            return "Sunny in " + city;
        }
    }

    static List<ToolDefinition> tools() {
        // 1. A typed function: the schema is generated from the record.
        ToolDefinition encrypt = Tools.of("encrypt_string", "Encrypts a string", EncryptArgs.class,
                args -> args.input().toUpperCase());

        // 2. Annotated methods of a bean: one tool per @CopilotTool method.
        List<ToolDefinition> weather = Tools.from(new WeatherTools());

        // 3. A hand-written schema and a handler that sees the raw call; it may answer asynchronously.
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
        schema.putObject("properties").putObject("text").put("type", "string");
        schema.putArray("required").add("text");
        ToolDefinition count = ToolDefinition.of("count_characters", "Counts the characters of a text", schema,
                invocation -> CompletableFuture.supplyAsync(() -> ToolResult.success(
                        invocation.arguments().path("text").asString().length() + " characters")));

        List<ToolDefinition> tools = new ArrayList<>(weather);
        tools.add(encrypt);
        tools.add(count.withSkipPermission(true));
        return tools;
    }
    // README: end

    // README: handlers
    static SessionConfig handlers() {
        PermissionHandler permissions = context -> {
            PermissionRequest request = context.request();
            if (request instanceof ReadPermissionRequest) {
                return PermissionDecision.approveOnce();
            }
            if (request instanceof ShellPermissionRequest shell && shell.fullCommandText().startsWith("git status")) {
                return PermissionDecision.approveOnce();
            }
            return PermissionDecision.reject("Only reading files and git status are allowed");
        };

        UserInputHandler userInput = request -> request.choices().isEmpty()
                ? UserInputResponse.freeform("Use the staging database")
                : UserInputResponse.choice(request.choices().get(0));

        SessionHooks hooks = SessionHooks.builder()
                .onPreToolUse((input, context) -> input.toolName().equals("bash")
                        ? PreToolUseOutput.deny("This application runs no shell commands")
                        : null)
                .build();

        return SessionConfig.builder()
                .tools(tools())
                .onPermissionRequest(permissions)
                .onUserInputRequest(userInput)
                .hooks(hooks)
                .build();
    }
    // README: end

    // README: system messages
    static final SystemMessage APPENDED = SystemMessage.append("Answer in French.");

    static final SystemMessage CUSTOMIZED = SystemMessage.customize()
            .replace(Section.TONE, "Be formal and brief.")
            .remove(Section.ENVIRONMENT_CONTEXT)
            .transform(Section.SAFETY, content -> content + "\nNever print credentials.")
            .content("The user is a release manager.")
            .build();
    // README: end

    @Test
    void theThreeToolFormsRunTheirCode() throws Exception {
        List<ToolDefinition> tools = tools();

        assertThat(tools).extracting(ToolDefinition::name)
                .containsExactly("forecast", "encrypt_string", "count_characters");
        assertThat(call(tools.get(0), "{\"city\":\"Paris\"}")).isEqualTo("Sunny in Paris");
        assertThat(call(tools.get(1), "{\"input\":\"Hello\"}")).isEqualTo("HELLO");
        assertThat(((CompletableFuture<?>) call(tools.get(2), "{\"text\":\"Hello\"}")).get())
                .isEqualTo(ToolResult.success("5 characters"));
        assertThat(tools.get(1).parameters().at("/properties/input/description").asString())
                .isEqualTo("The text to encrypt");
        assertThat(tools).extracting(ToolDefinition::skipPermission).containsExactly(true, false, true);
    }

    @Test
    void thePermissionHandlerApprovesReadsAndGitStatusOnly() throws Exception {
        PermissionHandler handler = handlers().onPermissionRequest();

        assertThat(handler.handle(context(new ReadPermissionRequest(null, "README.md", "Read the docs",
                WireJson.object())))).isEqualTo(PermissionDecision.approveOnce());
        assertThat(handler.handle(context(shell("git status --short"))))
                .isEqualTo(PermissionDecision.approveOnce());
        assertThat(handler.handle(context(shell("rm -rf build"))))
                .isEqualTo(PermissionDecision.reject("Only reading files and git status are allowed"));
    }

    @Test
    void theUserInputHandlerPicksTheFirstChoiceOrAnswersFreely() throws Exception {
        UserInputHandler handler = handlers().onUserInputRequest();

        assertThat(handler.handle(new UserInputRequest("s", "Which database?", List.of("prod", "staging"), true)))
                .isEqualTo(UserInputResponse.choice("prod"));
        assertThat(handler.handle(new UserInputRequest("s", "Which database?", List.of(), true)))
                .isEqualTo(UserInputResponse.freeform("Use the staging database"));
    }

    @Test
    void theHookDeniesTheShellOnly() throws Exception {
        SessionHooks hooks = handlers().hooks();

        assertThat(hooks.preToolUse().handle(preToolUse("bash"), new HookContext("s")))
                .isEqualTo(PreToolUseOutput.deny("This application runs no shell commands"));
        assertThat(hooks.preToolUse().handle(preToolUse("view"), new HookContext("s"))).isNull();
    }

    @Test
    void systemMessagesGoToTheCliAsAppendAndCustomize() throws Exception {
        JsonNode appended = systemMessageOnTheWire(APPENDED);
        JsonNode customized = systemMessageOnTheWire(CUSTOMIZED);

        assertThat(appended).isEqualTo(WireJson.MAPPER.readTree(
                "{\"mode\":\"append\",\"content\":\"Answer in French.\"}"));
        assertThat(customized).isEqualTo(WireJson.MAPPER.readTree("{\"mode\":\"customize\",\"sections\":{"
                + "\"tone\":{\"action\":\"replace\",\"content\":\"Be formal and brief.\"},"
                + "\"environment_context\":{\"action\":\"remove\"},"
                + "\"safety\":{\"action\":\"transform\"}},"
                + "\"content\":\"The user is a release manager.\"}"));
        SystemMessage.SectionOverride safety = ((SystemMessage.Customize) CUSTOMIZED).sections().get("safety");
        assertThat(safety.transform().transform("Be safe.")).isEqualTo("Be safe.\nNever print credentials.");
    }

    private static Object call(ToolDefinition tool, String arguments) throws Exception {
        return tool.handler().handle(new ToolInvocation("s", "call-1", tool.name(), WireJson.MAPPER.readTree(arguments),
                TraceContext.NONE, new ToolCancellation()));
    }

    private static PermissionRequestContext context(PermissionRequest request) {
        return new PermissionRequestContext("s", "r", request, false);
    }

    private static ShellPermissionRequest shell(String command) {
        return new ShellPermissionRequest(null, command, "Run it", List.of(), List.of(), List.of(), false, false,
                null, WireJson.object());
    }

    private static PreToolUseInput preToolUse(String toolName) {
        return new PreToolUseInput("s", Instant.now(), "/work", toolName, null);
    }

    private static JsonNode systemMessageOnTheWire(SystemMessage message) {
        SessionConfig config = SessionConfig.builder().systemMessage(message).build();
        return SessionConfigWire.createParams(config, "s", TraceContext.NONE).get("systemMessage");
    }
}
