package io.github.copilot4j.tool;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as a custom tool; {@link Tools#from(Object)} turns each marked method into a
 * {@link ToolDefinition}. The method's parameters are the tool's arguments (see {@link CopilotToolParam}); a
 * parameter of type {@link ToolInvocation} receives the call itself and is not an argument. The return value is
 * the tool's result, as for {@link ToolHandler#handle(ToolInvocation)}; a {@code void} method succeeds with an empty
 * result. An exception thrown by the method fails the call as for {@link ToolHandler#handle(ToolInvocation)}.
 *
 * <pre>{@code
 * class Crypto {
 *     @CopilotTool(description = "Encrypts a string", skipPermission = true)
 *     String encryptString(@CopilotToolParam(description = "String to encrypt") String input) {
 *         return input.toUpperCase();
 *     }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CopilotTool {

    /** The tool name; the method name when empty. */
    String name() default "";

    /** What the tool does, shown to the model; none when empty. */
    String description() default "";

    /** Whether calls run without a permission request. */
    boolean skipPermission() default false;

    /** Whether the tool replaces a built-in tool of the same name. */
    boolean overridesBuiltInTool() default false;

    /** Whether a successful call ends the turn. */
    boolean terminal() default false;
}
