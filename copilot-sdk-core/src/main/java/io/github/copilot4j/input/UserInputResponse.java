package io.github.copilot4j.input;

import io.github.copilot4j.internal.util.Checks;

/**
 * The user's answer.
 *
 * @param answer the answer text
 * @param wasFreeform whether the answer was typed rather than picked from the choices
 */
public record UserInputResponse(String answer, boolean wasFreeform) {

    public UserInputResponse {
        Checks.required(answer, "answer");
    }

    /** The user picked one of the offered choices. */
    public static UserInputResponse choice(String choice) {
        return new UserInputResponse(choice, false);
    }

    /** The user typed an answer of their own. */
    public static UserInputResponse freeform(String answer) {
        return new UserInputResponse(answer, true);
    }
}
