package io.github.copilot4j;

import org.jspecify.annotations.Nullable;

/** Hears every change of a client's {@link ConnectionState}. Runs on the client's dispatch executor. */
@FunctionalInterface
public interface ConnectionStateListener {

    /**
     * Called after the state changed.
     *
     * @param previous the state before
     * @param current the state now
     * @param cause why the connection failed, for {@link ConnectionState#FAILED}, or why the CLI is being restarted,
     *     for {@link ConnectionState#RESTARTING}; otherwise {@code null}
     */
    void onStateChange(ConnectionState previous, ConnectionState current, @Nullable Throwable cause);
}
