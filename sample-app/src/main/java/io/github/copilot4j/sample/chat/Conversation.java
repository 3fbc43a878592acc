package io.github.copilot4j.sample.chat;

import io.github.copilot4j.CopilotSession;
import java.time.Instant;

/**
 * A browser conversation and the Copilot session it runs in; its id is the session's id.
 */
final class Conversation {

    private final CopilotSession session;
    private final boolean resumed;
    private volatile Instant lastActive;
    private volatile boolean busy;

    Conversation(CopilotSession session, boolean resumed, Instant now) {
        this.session = session;
        this.resumed = resumed;
        this.lastActive = now;
    }

    String id() {
        return session.sessionId();
    }

    CopilotSession session() {
        return session;
    }

    /** Whether the session was resumed from the CLI's store rather than created by this application run. */
    boolean resumed() {
        return resumed;
    }

    Instant lastActive() {
        return lastActive;
    }

    /** Whether a turn is running. */
    boolean busy() {
        return busy;
    }

    void turnStarted(Instant now) {
        busy = true;
        lastActive = now;
    }

    void turnEnded(Instant now) {
        busy = false;
        lastActive = now;
    }

    void touch(Instant now) {
        lastActive = now;
    }
}
