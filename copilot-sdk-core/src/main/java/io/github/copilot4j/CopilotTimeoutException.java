package io.github.copilot4j;

import java.time.Duration;

/** An operation did not complete within its time limit. */
public class CopilotTimeoutException extends CopilotException {

    private static final long serialVersionUID = 1L;

    private final Duration timeout;

    public CopilotTimeoutException(String operation, Duration timeout) {
        super(operation + " timed out after " + format(timeout));
        this.timeout = timeout;
    }

    /** The time limit that was exceeded. */
    public Duration timeout() {
        return timeout;
    }

    static String format(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }
}
