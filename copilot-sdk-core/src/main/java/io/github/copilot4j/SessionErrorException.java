package io.github.copilot4j;

import org.jspecify.annotations.Nullable;

/** A turn failed: the CLI emitted {@code session.error}. The message is the CLI's. */
public class SessionErrorException extends CopilotException {

    private static final long serialVersionUID = 1L;

    private final String errorType;
    private final @Nullable Integer statusCode;

    public SessionErrorException(String errorType, String message, @Nullable Integer statusCode) {
        super(message);
        this.errorType = errorType;
        this.statusCode = statusCode;
    }

    /** The CLI's error category, e.g. {@code query} or {@code rate_limit}. */
    public String errorType() {
        return errorType;
    }

    /** The model endpoint's HTTP status, when the error came from it. */
    public @Nullable Integer statusCode() {
        return statusCode;
    }
}
