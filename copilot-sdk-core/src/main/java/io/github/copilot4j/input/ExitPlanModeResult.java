package io.github.copilot4j.input;

import org.jspecify.annotations.Nullable;

/**
 * The user's decision about leaving plan mode.
 *
 * @param approved whether the plan is approved
 * @param selectedAction the chosen action, or null
 * @param feedback feedback for the agent, or null
 */
public record ExitPlanModeResult(boolean approved, @Nullable String selectedAction, @Nullable String feedback) {
}
