package io.github.copilot4j.internal.rpc;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A frame the reader thread handed over unparsed ({@link InboundHandler#takeFrame}): its taker parses it later, on
 * its own thread, so that large payloads never hold up the reader.
 */
public final class DeferredFrame {

    private final JsonRpcConnection connection;
    private final byte[] frame;

    DeferredFrame(JsonRpcConnection connection, byte[] frame) {
        this.connection = connection;
        this.frame = frame;
    }

    /** The frame's body as received; for peeking, never to be modified. */
    public byte[] frame() {
        return frame;
    }

    /**
     * Parses the frame as the reader would have: the notification's params (an empty object when the peer sent
     * none), or {@code null} when the frame turned out to be something else, which the connection then handled as
     * the reader does: invalid JSON closes the connection, a request is dispatched, a malformed message is answered
     * or logged.
     */
    public @Nullable JsonNode params() {
        return connection.parseDeferred(frame);
    }
}
