package io.github.copilot4j.hook;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Output of the {@code postToolUseFailure} hook.
 *
 * @param additionalContext guidance the model sees next to the failed result, or null
 */
public record PostToolUseFailureOutput(@Nullable String additionalContext) implements HookOutput {

    /** Adds {@code context} for the model next to the failed result. */
    public static PostToolUseFailureOutput addContext(String context) {
        return new PostToolUseFailureOutput(Checks.required(context, "PostToolUseFailureOutput.additionalContext"));
    }
}
