package io.github.copilot4j.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.internal.wire.WireJson;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

class ToolsTests {

    record EncryptArgs(@CopilotToolParam(description = "String to encrypt") String input) {
    }

    @Test
    void lambdaToolDescribesItsArgumentTypeAndBindsTheArguments() throws Exception {
        ToolDefinition tool = Tools.of("encrypt_string", "Encrypts a string", EncryptArgs.class,
                args -> args.input().toUpperCase());

        assertThat(tool.name()).isEqualTo("encrypt_string");
        assertThat(tool.description()).isEqualTo("Encrypts a string");
        assertThat(tool.parameters()).isEqualTo(json("""
                {"type":"object","properties":{"input":{"type":"string","description":"String to encrypt"}},
                 "required":["input"]}
                """));
        assertThat(tool.skipPermission()).isFalse();
        assertThat(call(tool, "{\"input\":\"Hello\"}")).isEqualTo("HELLO");
    }

    @Test
    void lambdaToolCanReceiveTheInvocation() throws Exception {
        ToolDefinition tool = Tools.of("encrypt_string", null, EncryptArgs.class,
                (args, invocation) -> invocation.toolCallId() + ":" + args.input());

        assertThat(call(tool, "{\"input\":\"Hello\"}")).isEqualTo("call-1:Hello");
    }

    record Reading(String sensor, double value) {
    }

    @Test
    void lambdaToolResultsAreSentAsJsonTextAndNullIsAnEmptySuccess() throws Exception {
        ToolDefinition reading = Tools.of("read", null, EncryptArgs.class, args -> new Reading(args.input(), 1.5));
        ToolDefinition nothing = Tools.of("nothing", null, EncryptArgs.class, args -> null);
        ToolDefinition later = Tools.of("later", null, EncryptArgs.class,
                args -> CompletableFuture.completedFuture(new Reading(args.input(), 2.0)));

        assertThat(call(reading, "{\"input\":\"t1\"}")).isEqualTo("{\"sensor\":\"t1\",\"value\":1.5}");
        assertThat(call(nothing, "{\"input\":\"x\"}")).isEqualTo(ToolResult.success(""));
        assertThat(((CompletionStage<?>) call(later, "{\"input\":\"t2\"}")).toCompletableFuture().join())
                .isEqualTo("{\"sensor\":\"t2\",\"value\":2.0}");
    }

    @Test
    void lambdaToolTellsTheModelWhenArgumentsCannotBeBound() throws Exception {
        List<Reading> bound = new CopyOnWriteArrayList<>();
        ToolDefinition tool = Tools.of("read", null, Reading.class, args -> bound.add(args));

        ToolResult result = (ToolResult) call(tool, "{\"value\":\"high\"}");

        assertThat(result.resultType()).isEqualTo(ToolResult.ResultType.FAILURE);
        assertThat(result.textResultForLlm()).startsWith("Invalid arguments for tool 'read': ").contains("high");
        assertThat(bound).isEmpty();
    }

    @Test
    void lambdaToolRejectsArgumentTypesThatAreNotObjects() {
        assertThatThrownBy(() -> Tools.of("t", null, String.class, args -> args))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be an object type");
    }

    static class Crypto {

        final List<String> calls = new CopyOnWriteArrayList<>();

        @CopilotTool(description = "Encrypts a string", skipPermission = true)
        public String encrypt(@CopilotToolParam(description = "String to encrypt") String input) {
            calls.add("encrypt " + input);
            return input.toUpperCase();
        }

        @CopilotTool(name = "count_words", overridesBuiltInTool = true, terminal = true)
        int countWords(String text, Optional<String> separator, @CopilotToolParam(required = false) int minimum,
                ToolInvocation invocation) {
            calls.add("count " + invocation.toolCallId() + " " + separator.isPresent() + " " + minimum);
            return text.split(separator.orElse(" ")).length;
        }

        @CopilotTool
        void forget() {
            calls.add("forget");
        }

        @CopilotTool
        String fail(String reason) throws IOException {
            throw new IOException(reason);
        }

        public String notATool(String input) {
            return input;
        }
    }

    @Test
    void annotatedMethodsBecomeToolsWithTheirFlagsAndSchemas() {
        List<ToolDefinition> tools = Tools.from(new Crypto());

        assertThat(tools).extracting(ToolDefinition::name).containsExactly("count_words", "encrypt", "fail", "forget");
        ToolDefinition encrypt = tools.get(1);
        assertThat(encrypt.description()).isEqualTo("Encrypts a string");
        assertThat(encrypt.skipPermission()).isTrue();
        assertThat(encrypt.overridesBuiltInTool()).isFalse();
        assertThat(encrypt.parameters()).isEqualTo(json("""
                {"type":"object","properties":{"input":{"type":"string","description":"String to encrypt"}},
                 "required":["input"]}
                """));
        ToolDefinition countWords = tools.get(0);
        assertThat(countWords.description()).isNull();
        assertThat(countWords.overridesBuiltInTool()).isTrue();
        assertThat(countWords.isTerminal()).isTrue();
        assertThat(countWords.parameters()).isEqualTo(json("""
                {"type":"object",
                 "properties":{"text":{"type":"string"},"separator":{"type":"string"},"minimum":{"type":"integer"}},
                 "required":["text"]}
                """));
        assertThat(tools.get(3).parameters()).isEqualTo(json("""
                {"type":"object","properties":{}}
                """));
    }

    @Test
    void annotatedMethodsReceiveBoundArgumentsAndTheInvocation() throws Exception {
        Crypto crypto = new Crypto();
        List<ToolDefinition> tools = Tools.from(crypto);

        assertThat(call(tools.get(1), "{\"input\":\"Hello\"}")).isEqualTo("HELLO");
        assertThat(call(tools.get(0), "{\"text\":\"a b c\"}")).isEqualTo("3");
        assertThat(call(tools.get(0), "{\"text\":\"a-b\",\"separator\":\"-\",\"minimum\":4}")).isEqualTo("2");
        assertThat(call(tools.get(3), "{}")).isEqualTo(ToolResult.success(""));
        assertThat(crypto.calls).containsExactly("encrypt Hello", "count call-1 false 0", "count call-1 true 4",
                "forget");
    }

    @Test
    void annotatedMethodsTellTheModelAboutMissingAndInvalidArguments() throws Exception {
        Crypto crypto = new Crypto();
        List<ToolDefinition> tools = Tools.from(crypto);

        assertThat(call(tools.get(1), "{}"))
                .isEqualTo(ToolResult.failure("Invalid arguments for tool 'encrypt': 'input' is required"));
        assertThat(((ToolResult) call(tools.get(0), "{\"text\":\"a\",\"minimum\":\"many\"}")).textResultForLlm())
                .startsWith("Invalid arguments for tool 'count_words': 'minimum': ")
                .contains("many");
        assertThat(crypto.calls).isEmpty();
    }

    @Test
    void annotatedMethodsThrowTheirOwnExceptions() {
        List<ToolDefinition> tools = Tools.from(new Crypto());

        assertThatThrownBy(() -> call(tools.get(2), "{\"reason\":\"disk full\"}"))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full");
    }

    /** Like a Spring CGLIB proxy: a subclass overriding the tool methods without their annotations. */
    static class CryptoProxy extends Crypto {

        @Override
        public String encrypt(String input) {
            calls.add("proxy");
            return super.encrypt(input);
        }
    }

    @Test
    void methodsFoundOnTheDeclaringClassAreInvokedOnTheTarget() throws Exception {
        CryptoProxy proxy = new CryptoProxy();

        List<ToolDefinition> tools = Tools.from(proxy, Crypto.class, WireJson.MAPPER);

        assertThat(tools).extracting(ToolDefinition::name).containsExactly("count_words", "encrypt", "fail", "forget");
        assertThat(call(tools.get(1), "{\"input\":\"Hi\"}")).isEqualTo("HI");
        assertThat(proxy.calls).containsExactly("proxy", "encrypt Hi");
    }

    @Test
    void scanningASubclassFindsTheAnnotationsOfItsSuperclass() {
        assertThat(Tools.from(new CryptoProxy())).extracting(ToolDefinition::name)
                .containsExactly("count_words", "encrypt", "fail", "forget");
    }

    @Test
    void theTargetMustBeAnInstanceOfTheDeclaringClass() {
        assertThatThrownBy(() -> Tools.from("text", Crypto.class, WireJson.MAPPER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invocationTarget must be an instance of " + Crypto.class.getName()
                        + ", was a java.lang.String");
    }

    static class Duplicates {

        @CopilotTool(name = "lookup")
        String first(String key) {
            return key;
        }

        @CopilotTool(name = "lookup")
        String second(String key) {
            return key;
        }
    }

    @Test
    void duplicateToolNamesNameBothMethods() {
        String type = Duplicates.class.getName();
        assertThatThrownBy(() -> Tools.from(new Duplicates()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Tool name 'lookup' is used by both " + type + ".first(String) and " + type
                        + ".second(String)");
    }

    static class SameArgumentTwice {

        @CopilotTool
        String lookup(@CopilotToolParam(name = "key") String first, @CopilotToolParam(name = "key") String second) {
            return first;
        }
    }

    @Test
    void duplicateArgumentNamesFail() {
        assertThatThrownBy(() -> Tools.from(new SameArgumentTwice()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(SameArgumentTwice.class.getName() + ".lookup(String, String) has two arguments named"
                        + " 'key'");
    }

    @Test
    void fromMethodNeedsTheAnnotation() throws Exception {
        assertThatThrownBy(() -> Tools.fromMethod(new Crypto(), Crypto.class.getMethod("notATool", String.class),
                WireJson.MAPPER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(Crypto.class.getName() + ".notATool(String) is not annotated with @CopilotTool");
    }

    @Test
    void aBeanWithoutToolMethodsHasNoTools() {
        assertThat(Tools.from(new Object())).isEmpty();
    }

    static class Weather {

        record Report(String cityName, int degreesCelsius) {
        }

        @CopilotTool
        Report report(String city) {
            return new Report(city, 21);
        }
    }

    @Test
    void theGivenMapperWritesTheResults() throws Exception {
        JsonMapper snakeCase = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

        ToolDefinition tool = Tools.from(new Weather(), Weather.class, snakeCase).get(0);

        assertThat(call(tool, "{\"city\":\"Oslo\"}")).isEqualTo("{\"city_name\":\"Oslo\",\"degrees_celsius\":21}");
    }

    @Test
    void parameterNamesMustBeKnown(@TempDir Path directory) throws Exception {
        Object withoutNames = compileWithoutParameterNames(directory, """
                public class Unnamed {
                    @io.github.copilot4j.tool.CopilotTool
                    public String echo(String text) {
                        return text;
                    }
                }
                """);

        assertThatThrownBy(() -> Tools.from(withoutNames))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The name of parameter 1 of Unnamed.echo(String) is unknown: compile with -parameters or"
                        + " set @CopilotToolParam(name = ...)");
    }

    @Test
    void anExplicitNameNeedsNoParameterNames(@TempDir Path directory) throws Exception {
        Object explicit = compileWithoutParameterNames(directory, """
                public class Named {
                    @io.github.copilot4j.tool.CopilotTool
                    public String echo(@io.github.copilot4j.tool.CopilotToolParam(name = "text") String text) {
                        return text;
                    }
                }
                """);

        ToolDefinition tool = Tools.from(explicit).get(0);

        assertThat(tool.parameters().get("required").get(0).asString()).isEqualTo("text");
        assertThat(call(tool, "{\"text\":\"hi\"}")).isEqualTo("hi");
    }

    private static Object compileWithoutParameterNames(Path directory, String source) throws Exception {
        String className = source.substring(source.indexOf("class ") + 6, source.indexOf(" {"));
        Path file = directory.resolve(className + ".java");
        Files.writeString(file, source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-classpath", System.getProperty("java.class.path"),
                "-d", directory.toString(), file.toString());
        assertThat(status).as("javac exit status").isZero();
        URLClassLoader loader = new URLClassLoader(new URL[] {directory.toUri().toURL()},
                ToolsTests.class.getClassLoader());
        return loader.loadClass(className).getConstructor().newInstance();
    }

    private static Object call(ToolDefinition tool, String arguments) throws Exception {
        return tool.handler().handle(new ToolInvocation("session-1", "call-1", tool.name(), json(arguments)));
    }

    private static JsonNode json(String text) {
        return WireJson.MAPPER.readTree(text);
    }
}
