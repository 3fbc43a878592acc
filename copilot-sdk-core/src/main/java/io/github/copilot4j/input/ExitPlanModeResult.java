package io.github.copilot4j.input;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The user's decision about leaving plan mode.
 *
 * @param approved whether the plan is approved
 * @param selectedAction the chosen action (one of {@link ExitPlanModeRequest#actions()}), or null
 * @param feedback feedback for the agent, or null
 */
public record ExitPlanModeResult(boolean approved, @Nullable String selectedAction, @Nullable String feedback) {

    /** Approves the plan and continues with the chosen action, for example {@code interactive}. */
    public static ExitPlanModeResult approve(String selectedAction) {
        return new ExitPlanModeResult(true, Checks.nonBlank(selectedAction, "selectedAction"), null);
    }

    /** Rejects the plan, telling the agent what to change; the session stays in plan mode. */
    public static ExitPlanModeResult reject(String feedback) {
        return new ExitPlanModeResult(false, null, Checks.required(feedback, "feedback"));
    }
}
