package io.github.copilot4j.hook;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A tool result as the {@code postToolUse} hook sees and may replace it.
 *
 * @param textResultForLlm the text the model sees
 * @param resultType {@code success}, {@code failure}, {@code rejected}, {@code denied} or {@code timeout}
 * @param error the error message of a failed call, or null
 * @param sessionLog text for the session log instead of the model's text, or null
 * @param toolTelemetry telemetry the tool reported, or null
 */
public record HookToolResult(
        String textResultForLlm,
        String resultType,
        @Nullable String error,
        @Nullable String sessionLog,
        @Nullable JsonNode toolTelemetry) {

    public HookToolResult {
        Checks.required(textResultForLlm, "HookToolResult.textResultForLlm");
        Checks.required(resultType, "HookToolResult.resultType");
    }

    /** A successful result the model sees as {@code text}. */
    public static HookToolResult success(String text) {
        return new HookToolResult(text, "success", null, null, null);
    }

    /** A failed result: the model sees {@code text}, {@code error} says what went wrong. */
    public static HookToolResult failure(String text, String error) {
        return new HookToolResult(text, "failure", Checks.required(error, "HookToolResult.error"), null, null);
    }
}
