package io.github.copilot4j.hook;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Output of the {@code userPromptSubmitted} hook.
 *
 * @param modifiedPrompt the prompt to use instead of the submitted one, or null
 * @param additionalContext text added for the model, or null
 * @param suppressOutput whether to hide the prompt from the session log, or null
 */
public record UserPromptSubmittedOutput(
        @Nullable String modifiedPrompt,
        @Nullable String additionalContext,
        @Nullable Boolean suppressOutput) implements HookOutput {

    /** Uses {@code prompt} instead of the submitted prompt. */
    public static UserPromptSubmittedOutput modifyPrompt(String prompt) {
        return new UserPromptSubmittedOutput(Checks.required(prompt, "UserPromptSubmittedOutput.modifiedPrompt"),
                null, null);
    }

    /** Keeps the prompt and adds {@code context} for the model. */
    public static UserPromptSubmittedOutput addContext(String context) {
        return new UserPromptSubmittedOutput(null,
                Checks.required(context, "UserPromptSubmittedOutput.additionalContext"), null);
    }

    /** This output, adding {@code context} for the model. */
    public UserPromptSubmittedOutput withAdditionalContext(String context) {
        return new UserPromptSubmittedOutput(modifiedPrompt,
                Checks.required(context, "UserPromptSubmittedOutput.additionalContext"), suppressOutput);
    }

    /** This output, hiding the prompt from the session log or not. */
    public UserPromptSubmittedOutput withSuppressOutput(boolean suppress) {
        return new UserPromptSubmittedOutput(modifiedPrompt, additionalContext, suppress);
    }
}
