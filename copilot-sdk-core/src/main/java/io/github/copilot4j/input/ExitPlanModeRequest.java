package io.github.copilot4j.input;

import io.github.copilot4j.internal.util.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The agent asks to leave plan mode and carry out its plan.
 *
 * @param sessionId the session asking
 * @param summary a summary of the plan
 * @param planContent the full plan, or null
 * @param actions the actions the user may choose from
 * @param recommendedAction the action the agent recommends
 */
public record ExitPlanModeRequest(
        String sessionId,
        String summary,
        @Nullable String planContent,
        List<String> actions,
        String recommendedAction) {

    public ExitPlanModeRequest {
        Checks.nonBlank(sessionId, "sessionId");
        Checks.required(summary, "summary");
        actions = List.copyOf(Checks.required(actions, "actions"));
        Checks.required(recommendedAction, "recommendedAction");
    }
}
