package io.github.copilot4j.spring.event;

import io.github.copilot4j.ConnectionState;
import io.github.copilot4j.CopilotClient;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEvent;

/**
 * A change of a {@link CopilotClient}'s connection state, published as a Spring application event: {@code CONNECTING}
 * and {@code CONNECTED} when it starts; {@code RESTARTING}, then {@code CONNECTED} or {@code FAILED}, when its CLI
 * died and {@code copilot.cli.restart.enabled} is set; {@code FAILED} when the CLI could not be started or died;
 * {@code DISCONNECTED} when it stops. The source is the client. Listeners run on the client's state delivery, in
 * the order of the changes.
 */
public final class CopilotClientStateEvent extends ApplicationEvent {

    private final ConnectionState previous;
    private final ConnectionState state;
    private final @Nullable Throwable cause;

    /**
     * An application event for one state change.
     *
     * @param client the client whose state changed
     * @param previous the state before
     * @param state the state now
     * @param cause why the client failed or restarts, for {@code FAILED} and {@code RESTARTING}; otherwise null
     */
    public CopilotClientStateEvent(CopilotClient client, ConnectionState previous, ConnectionState state,
            @Nullable Throwable cause) {
        super(client);
        this.previous = previous;
        this.state = state;
        this.cause = cause;
    }

    /** The client whose state changed. */
    public CopilotClient client() {
        return (CopilotClient) getSource();
    }

    /** The state before the change. */
    public ConnectionState previous() {
        return previous;
    }

    /** The state now. */
    public ConnectionState state() {
        return state;
    }

    /** Why the client failed or restarts; null for the other states. */
    public @Nullable Throwable cause() {
        return cause;
    }

    @Override
    public String toString() {
        return "CopilotClientStateEvent[" + previous + " -> " + state
                + (cause == null ? "" : ", cause=" + cause.getClass().getSimpleName()) + "]";
    }
}
