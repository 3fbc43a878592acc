package io.github.copilot4j;

import org.jspecify.annotations.Nullable;

/**
 * The CLI died while the call was in flight, and the client is restarting it under its {@link RestartPolicy}. The
 * call did not complete; the session stays usable once the client is {@link ConnectionState#CONNECTED} again, so the
 * call may be repeated. Carries the dead CLI's exit code and the tail of its standard error.
 */
public class CopilotRestartedException extends CopilotConnectionException {

    private static final long serialVersionUID = 1L;

    public CopilotRestartedException(String message, @Nullable Integer exitCode, String stderrTail,
            @Nullable Throwable cause) {
        super(message, exitCode, stderrTail, cause);
    }
}
