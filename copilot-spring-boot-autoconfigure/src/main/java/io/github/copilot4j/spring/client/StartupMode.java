package io.github.copilot4j.spring.client;

/** When the {@link CopilotClientLifecycle} starts the Copilot CLI. */
public enum StartupMode {

    /**
     * During the application's start-up, which waits for the CLI and fails if it cannot be started (for example
     * because it is not installed).
     */
    EAGER,

    /**
     * In the background, so that the application's start-up does not wait; a failure is logged and the first
     * operation that needs the CLI tries again.
     */
    LAZY
}
