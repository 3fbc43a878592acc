package io.github.copilot4j.hook;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Output of the {@code userPromptTransformed} hook.
 *
 * @param modifiedTransformedPrompt the prompt the model sees instead of the decorated one, or null
 */
public record UserPromptTransformedOutput(@Nullable String modifiedTransformedPrompt) implements HookOutput {

    /** Gives the model {@code prompt} instead of the decorated prompt. */
    public static UserPromptTransformedOutput modifyTransformedPrompt(String prompt) {
        return new UserPromptTransformedOutput(
                Checks.required(prompt, "UserPromptTransformedOutput.modifiedTransformedPrompt"));
    }
}
