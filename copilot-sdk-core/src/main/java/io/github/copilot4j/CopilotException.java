package io.github.copilot4j;

import org.jspecify.annotations.Nullable;

/** Base class of every exception the SDK throws. */
public class CopilotException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CopilotException(String message) {
        super(message);
    }

    public CopilotException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
