package io.github.copilot4j.hook;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Output of the {@code preToolUse} hook. Start with {@link #allow()}, {@link #deny(String)}, {@link #ask()} or
 * {@link #noDecision()} and add to it with the {@code with...} methods:
 * <pre>{@code
 * PreToolUseOutput.allow().withModifiedArgs(args).withAdditionalContext("Ran in the sandbox.")
 * }</pre>
 *
 * @param permissionDecision whether the tool may run; null leaves it to the CLI's permission flow
 * @param permissionDecisionReason why; for a denial the model sees it
 * @param modifiedArgs arguments to run the tool with instead of the model's, or null
 * @param additionalContext text added for the model, or null
 * @param suppressOutput whether to hide the tool's output from the session log, or null
 */
public record PreToolUseOutput(
        @Nullable Decision permissionDecision,
        @Nullable String permissionDecisionReason,
        @Nullable JsonNode modifiedArgs,
        @Nullable String additionalContext,
        @Nullable Boolean suppressOutput) implements HookOutput {

    /** Lets the tool run without asking for permission. */
    public static PreToolUseOutput allow() {
        return new PreToolUseOutput(Decision.ALLOW, null, null, null, null);
    }

    /** Refuses the call; the model is told, with {@code reason}. */
    public static PreToolUseOutput deny(String reason) {
        return new PreToolUseOutput(Decision.DENY, Checks.required(reason, "PreToolUseOutput.reason"), null, null,
                null);
    }

    /** Sends the call through the permission flow even when a rule would allow it. */
    public static PreToolUseOutput ask() {
        return new PreToolUseOutput(Decision.ASK, null, null, null, null);
    }

    /** Makes no permission decision; use it to only modify arguments or add context. */
    public static PreToolUseOutput noDecision() {
        return new PreToolUseOutput(null, null, null, null, null);
    }

    /** This output with the reason for its decision. */
    public PreToolUseOutput withReason(String reason) {
        return new PreToolUseOutput(permissionDecision, Checks.required(reason, "PreToolUseOutput.reason"),
                modifiedArgs, additionalContext, suppressOutput);
    }

    /** This output, running the tool with {@code args} instead of the model's arguments. */
    public PreToolUseOutput withModifiedArgs(JsonNode args) {
        return new PreToolUseOutput(permissionDecision, permissionDecisionReason,
                Checks.required(args, "PreToolUseOutput.modifiedArgs"), additionalContext, suppressOutput);
    }

    /** This output, adding {@code context} for the model. */
    public PreToolUseOutput withAdditionalContext(String context) {
        return new PreToolUseOutput(permissionDecision, permissionDecisionReason, modifiedArgs,
                Checks.required(context, "PreToolUseOutput.additionalContext"), suppressOutput);
    }

    /** This output, hiding the tool's output from the session log or not. */
    public PreToolUseOutput withSuppressOutput(boolean suppress) {
        return new PreToolUseOutput(permissionDecision, permissionDecisionReason, modifiedArgs, additionalContext,
                suppress);
    }

    /** A permission decision. */
    public enum Decision {
        /** The tool runs. */
        ALLOW("allow"),
        /** The tool does not run. */
        DENY("deny"),
        /** The permission flow decides. */
        ASK("ask");

        private final String wireValue;

        Decision(String wireValue) {
            this.wireValue = wireValue;
        }

        /** The value on the wire. */
        public String wireValue() {
            return wireValue;
        }
    }
}
