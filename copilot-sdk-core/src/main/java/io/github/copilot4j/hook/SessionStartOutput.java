package io.github.copilot4j.hook;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Output of the {@code sessionStart} hook.
 *
 * @param additionalContext text added for the model, or null
 * @param modifiedConfig session settings the CLI should change, or null
 */
public record SessionStartOutput(@Nullable String additionalContext, @Nullable ObjectNode modifiedConfig)
        implements HookOutput {

    /** Adds {@code context} for the model. */
    public static SessionStartOutput addContext(String context) {
        return new SessionStartOutput(Checks.required(context, "SessionStartOutput.additionalContext"), null);
    }

    /** This output, asking the CLI to change the session settings in {@code config}. */
    public SessionStartOutput withModifiedConfig(ObjectNode config) {
        return new SessionStartOutput(additionalContext, Checks.required(config, "SessionStartOutput.modifiedConfig"));
    }
}
