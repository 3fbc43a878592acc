package io.github.copilot4j;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A model the CLI can use ({@code models.list}).
 *
 * @param id the model id to pass as {@code model}
 * @param name the display name
 * @param supportsVision whether the model accepts images
 * @param supportsReasoningEffort whether the model accepts a reasoning effort
 * @param maxContextWindowTokens the context window, or 0 when unknown
 * @param maxPromptTokens the prompt limit, or {@code null} when unknown
 * @param maxOutputTokens the output limit, or {@code null} when unknown
 * @param supportedReasoningEfforts the reasoning efforts the model accepts
 * @param defaultReasoningEffort the effort used when none is given
 * @param policyState {@code enabled}, {@code disabled} or {@code unconfigured}, when reported
 */
public record ModelInfo(String id, String name, boolean supportsVision, boolean supportsReasoningEffort,
        long maxContextWindowTokens, @Nullable Long maxPromptTokens, @Nullable Long maxOutputTokens,
        List<String> supportedReasoningEfforts, @Nullable String defaultReasoningEffort,
        @Nullable String policyState) {

    public ModelInfo {
        supportedReasoningEfforts = List.copyOf(supportedReasoningEfforts);
    }
}
