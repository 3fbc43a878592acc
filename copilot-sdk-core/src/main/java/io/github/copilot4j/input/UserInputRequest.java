package io.github.copilot4j.input;

import io.github.copilot4j.internal.util.Checks;
import java.util.List;

/**
 * A question the agent asks the user.
 *
 * @param sessionId the session asking
 * @param question the question text
 * @param choices suggested answers; empty when there are none
 * @param allowFreeform whether an answer other than the choices is accepted
 */
public record UserInputRequest(String sessionId, String question, List<String> choices, boolean allowFreeform) {

    public UserInputRequest {
        Checks.nonBlank(sessionId, "sessionId");
        Checks.required(question, "question");
        choices = List.copyOf(Checks.required(choices, "choices"));
    }
}
