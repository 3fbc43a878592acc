package io.github.copilot4j;

/** The state of a {@link CopilotClient}'s connection to the CLI. */
public enum ConnectionState {
    /** Not started, or stopped on request. */
    DISCONNECTED,
    /** Starting the CLI or connecting to it, and completing the handshake. */
    CONNECTING,
    /** Connected, protocol version agreed. */
    CONNECTED,
    /**
     * The CLI died and the client's {@link RestartPolicy} is starting it again and resuming the open sessions; next
     * comes {@link #CONNECTED}, or {@link #FAILED} when every attempt failed.
     */
    RESTARTING,
    /** The CLI died or the connection broke without a stop request (and was not restarted), or the start failed. */
    FAILED
}
