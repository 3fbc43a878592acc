package io.github.copilot4j.internal.rpc;

import java.util.concurrent.CompletableFuture;

import io.github.copilot4j.CopilotConnectionException;
import io.github.copilot4j.JsonRpcException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Handles what the peer sends on a {@link JsonRpcConnection}. Every method is called on the connection's reader
 * thread, so implementations must return quickly and never block: hand longer work to another executor.
 */
public interface InboundHandler {

    /** A notification arrived; {@code params} is an empty object when the peer sent none. */
    void onNotification(String method, JsonNode params);

    /**
     * Offered every frame before the reader parses it: return {@code true} to take a notification and parse it later,
     * off the reader thread, with {@link DeferredFrame#params()}; {@code false} leaves the frame to the reader, which
     * then calls {@link #onNotification} or {@link #onRequest}. Must only peek at the frame.
     */
    default boolean takeFrame(DeferredFrame frame) {
        return false;
    }

    /**
     * A request arrived; {@code params} is an empty object when the peer sent none.
     *
     * @return {@code null} when the method is unknown, which the connection answers with JSON-RPC error -32601
     *         {@code "Unhandled method <method>"}; otherwise a future whose value is sent as the {@code result}
     *         ({@code null} as JSON null, anything else serialised with the wire mapper) once it completes, on
     *         whatever thread completes it. An exceptional completion is sent as an error object: a
     *         {@link JsonRpcException} with its code and message, anything else as -32603 with the exception's
     *         message.
     */
    @Nullable CompletableFuture<?> onRequest(String method, JsonNode params);

    /**
     * Called once when the connection ends, with the exception every pending request then fails with; it runs before
     * those requests fail.
     */
    void onClose(CopilotConnectionException reason);
}
