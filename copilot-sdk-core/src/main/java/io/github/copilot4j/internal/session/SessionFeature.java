package io.github.copilot4j.internal.session;

import io.github.copilot4j.CopilotConnectionException;
import io.github.copilot4j.event.SessionEvent;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One concern of a session's answers to the CLI. Both callbacks run on the connection's reader thread and must not
 * block: work that runs user code goes to {@link SessionChannel#callbackExecutor()}.
 */
public interface SessionFeature {

    /**
     * The event types {@link #onEvent} acts on. Only events of these types are decoded on the reader thread and
     * shown to the feature; the others are decoded on the session's delivery thread.
     */
    default Set<String> eventTypes() {
        return Set.of();
    }

    /**
     * Sees the session's events of {@link #eventTypes()} before the listeners do: the place to answer the protocol's
     * broadcast requests ({@code external_tool.requested}, {@code permission.requested}, …) by RPC.
     */
    default void onEvent(SessionEvent event, SessionChannel channel) {
    }

    /**
     * Answers a direct request addressed to the session ({@code hooks.invoke}, {@code userInput.request}, …).
     *
     * @return the pending answer, or {@code null} when this feature does not handle the method
     */
    default @Nullable CompletableFuture<?> onRequest(String method, JsonNode params, SessionChannel channel) {
        return null;
    }

    /**
     * The session was disconnected, or its CLI died and is being restarted: cancel whatever is still running for
     * it. The feature stays in use when the session is resumed on the restarted CLI.
     */
    default void onDisconnect(CopilotConnectionException reason) {
    }
}
