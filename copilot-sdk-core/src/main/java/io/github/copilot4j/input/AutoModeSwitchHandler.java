package io.github.copilot4j.input;

/**
 * Answers the CLI's offer, after a rate limit, to switch the session to automatic model selection; setting one
 * announces {@code requestAutoModeSwitch: true}. Runs on the client's executor and may block; a thrown exception, or
 * null, is reported to the CLI as an error.
 */
@FunctionalInterface
public interface AutoModeSwitchHandler {

    /** Returns the user's answer. */
    AutoModeSwitchResponse handle(AutoModeSwitchRequest request) throws Exception;
}
