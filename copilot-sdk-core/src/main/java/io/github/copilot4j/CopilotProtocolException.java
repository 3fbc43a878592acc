package io.github.copilot4j;

import org.jspecify.annotations.Nullable;

/**
 * The peer broke the wire protocol (a malformed header, invalid JSON, an oversize frame, or a stream that ended
 * inside a frame). The connection is closed when this happens.
 */
public class CopilotProtocolException extends CopilotConnectionException {

    private static final long serialVersionUID = 1L;

    public CopilotProtocolException(String message) {
        super(message, null);
    }

    public CopilotProtocolException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
