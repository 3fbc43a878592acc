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
}
