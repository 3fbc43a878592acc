package io.github.copilot4j.command;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A slash command registered with the session; the CLI receives the name and description.
 *
 * @param name the command name without a leading {@code /}
 * @param description the text shown in command completion, or null
 * @param handler runs the command
 */
public record CommandDefinition(String name, @Nullable String description, CommandHandler handler) {

    public CommandDefinition {
        Checks.nonBlank(name, "CommandDefinition.name");
        if (name.startsWith("/")) {
            throw new IllegalArgumentException("CommandDefinition.name must be given without the leading '/'");
        }
        Checks.required(handler, "CommandDefinition.handler");
    }
}
