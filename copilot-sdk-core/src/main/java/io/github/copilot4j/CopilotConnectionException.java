package io.github.copilot4j;

import org.jspecify.annotations.Nullable;

/**
 * The connection to the CLI is closed or was lost: every call pending on it fails with this exception.
 * When the SDK had spawned the CLI, the exception carries its exit code and the tail of its standard error.
 */
public class CopilotConnectionException extends CopilotException {

    private static final long serialVersionUID = 1L;

    private final @Nullable Integer exitCode;
    private final String stderrTail;

    public CopilotConnectionException(String message, @Nullable Throwable cause) {
        this(message, null, "", cause);
    }

    public CopilotConnectionException(String message, @Nullable Integer exitCode, String stderrTail,
            @Nullable Throwable cause) {
        super(describe(message, exitCode, stderrTail), cause);
        this.exitCode = exitCode;
        this.stderrTail = stderrTail;
    }

    private static String describe(String message, @Nullable Integer exitCode, String stderrTail) {
        StringBuilder text = new StringBuilder(message);
        if (exitCode != null) {
            text.append(" (CLI exit code ").append(exitCode).append(')');
        }
        if (!stderrTail.isBlank()) {
            text.append("; CLI stderr: ").append(stderrTail.strip());
        }
        return text.toString();
    }

    /** The CLI's exit code when the CLI process ended, otherwise {@code null}. */
    public @Nullable Integer exitCode() {
        return exitCode;
    }

    /** The last lines the CLI wrote to standard error (secrets redacted), or an empty string. */
    public String stderrTail() {
        return stderrTail;
    }
}
