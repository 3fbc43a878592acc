package io.github.copilot4j.input;

/**
 * Answers the agent's questions (the {@code ask_user} tool); setting one announces {@code requestUserInput: true},
 * which gives the model that tool. Runs on the client's executor and may block; a thrown exception, or null, is
 * reported to the CLI as an error and the tool call fails.
 */
@FunctionalInterface
public interface UserInputHandler {

    /** Returns the user's answer to one question. */
    UserInputResponse handle(UserInputRequest request) throws Exception;
}
