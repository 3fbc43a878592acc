package io.github.copilot4j.input;

/** Answers the agent's questions; setting one enables the {@code ask_user} tool ({@code requestUserInput}). */
@FunctionalInterface
public interface UserInputHandler {

    /** Returns the user's answer to one question. */
    UserInputResponse handle(UserInputRequest request) throws Exception;
}
