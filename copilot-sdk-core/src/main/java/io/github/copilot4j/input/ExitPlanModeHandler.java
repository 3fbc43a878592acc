package io.github.copilot4j.input;

/**
 * Decides the agent's requests to leave plan mode (the {@code exit_plan_mode} tool); setting one announces
 * {@code requestExitPlanMode: true}. Runs on the client's executor and may block; a thrown exception, or null, is
 * reported to the CLI as an error.
 */
@FunctionalInterface
public interface ExitPlanModeHandler {

    /** Returns the user's decision. */
    ExitPlanModeResult handle(ExitPlanModeRequest request) throws Exception;
}
