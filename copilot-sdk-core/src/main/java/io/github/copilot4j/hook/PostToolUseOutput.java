package io.github.copilot4j.hook;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Output of the {@code postToolUse} hook.
 *
 * @param modifiedResult the result the model sees instead of the tool's, or null
 * @param additionalContext text added for the model, or null
 * @param suppressOutput whether to hide the tool's output from the session log, or null
 */
public record PostToolUseOutput(
        @Nullable HookToolResult modifiedResult,
        @Nullable String additionalContext,
        @Nullable Boolean suppressOutput) implements HookOutput {

    /** Gives the model {@code result} instead of the tool's result. */
    public static PostToolUseOutput replaceResult(HookToolResult result) {
        return new PostToolUseOutput(Checks.required(result, "PostToolUseOutput.modifiedResult"), null, null);
    }

    /** Keeps the result and adds {@code context} for the model. */
    public static PostToolUseOutput addContext(String context) {
        return new PostToolUseOutput(null, Checks.required(context, "PostToolUseOutput.additionalContext"), null);
    }

    /** This output, adding {@code context} for the model. */
    public PostToolUseOutput withAdditionalContext(String context) {
        return new PostToolUseOutput(modifiedResult,
                Checks.required(context, "PostToolUseOutput.additionalContext"), suppressOutput);
    }

    /** This output, hiding the tool's output from the session log or not. */
    public PostToolUseOutput withSuppressOutput(boolean suppress) {
        return new PostToolUseOutput(modifiedResult, additionalContext, suppress);
    }
}
