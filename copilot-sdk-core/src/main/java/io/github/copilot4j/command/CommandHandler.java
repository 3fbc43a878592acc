package io.github.copilot4j.command;

/** Runs a slash command, on the client's executor; it may block. */
@FunctionalInterface
public interface CommandHandler {

    /** Executes the command; a thrown exception's message is reported to the CLI as the error. */
    void handle(CommandContext context) throws Exception;
}
