package io.github.copilot4j.command;

import io.github.copilot4j.internal.util.Checks;

/**
 * One execution of a slash command.
 *
 * @param sessionId the session the command was entered in
 * @param command the full command text, for example {@code /deploy production}
 * @param commandName the command name without the leading slash
 * @param args the raw text after the command name
 */
public record CommandContext(String sessionId, String command, String commandName, String args) {

    public CommandContext {
        Checks.nonBlank(sessionId, "sessionId");
        Checks.required(command, "command");
        Checks.nonBlank(commandName, "commandName");
        Checks.required(args, "args");
    }
}
