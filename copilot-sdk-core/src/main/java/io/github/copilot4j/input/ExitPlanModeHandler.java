package io.github.copilot4j.input;

/** Decides requests to leave plan mode; setting one announces {@code requestExitPlanMode: true}. */
@FunctionalInterface
public interface ExitPlanModeHandler {

    /** Returns the user's decision. */
    ExitPlanModeResult handle(ExitPlanModeRequest request) throws Exception;
}
