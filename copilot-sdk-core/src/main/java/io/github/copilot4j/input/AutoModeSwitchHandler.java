package io.github.copilot4j.input;

/** Answers auto-mode switch offers; setting one announces {@code requestAutoModeSwitch: true}. */
@FunctionalInterface
public interface AutoModeSwitchHandler {

    /** Returns the user's answer. */
    AutoModeSwitchResponse handle(AutoModeSwitchRequest request) throws Exception;
}
