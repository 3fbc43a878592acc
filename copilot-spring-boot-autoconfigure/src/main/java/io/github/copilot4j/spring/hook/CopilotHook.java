package io.github.copilot4j.spring.hook;

import io.github.copilot4j.hook.HookType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method as a session hook handler; the {@link AnnotatedHookRegistry} gives it to every session.
 *
 * <p>The method takes the hook's input ({@code PreToolUseInput} for {@link HookType#PRE_TOOL_USE}, ...) and
 * optionally a {@link io.github.copilot4j.hook.HookContext}, and returns the hook's output
 * ({@code PreToolUseOutput}, ...), null, or nothing ({@code void}). A method that handles several types takes a
 * common supertype such as {@link io.github.copilot4j.hook.HookInput} and returns {@code void}:
 * <pre>{@code
 * @CopilotHook(HookType.PRE_TOOL_USE)
 * PreToolUseOutput guard(PreToolUseInput input) {
 *     return input.toolName().equals("bash") ? PreToolUseOutput.deny("No shell here") : null;
 * }
 *
 * @CopilotHook({HookType.PRE_TOOL_USE, HookType.POST_TOOL_USE})
 * void audit(HookInput input, HookContext context) { ... }
 * }</pre>
 * Several methods may handle one type; they run in {@link org.springframework.core.annotation.Order @Order} (on the
 * method, else the bean's order), and their outputs combine as {@link AnnotatedHookRegistry} describes. Usable as a
 * meta-annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface CopilotHook {

    /** The hook types the method handles. */
    HookType[] value();
}
