package io.github.copilot4j.hook;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Output of the {@code errorOccurred} hook. Start with {@link #retry(int)}, {@link #skip()} or {@link #abort()}.
 *
 * @param errorHandling what the CLI should do about the error; null leaves it to the CLI
 * @param retryCount how many times to retry, for {@link ErrorHandling#RETRY}; null otherwise
 * @param userNotification a message to show the user, or null
 * @param suppressOutput whether to hide the error from the session log, or null
 */
public record ErrorOccurredOutput(
        @Nullable ErrorHandling errorHandling,
        @Nullable Integer retryCount,
        @Nullable String userNotification,
        @Nullable Boolean suppressOutput) implements HookOutput {

    public ErrorOccurredOutput {
        Checks.nonNegativeOrNull(retryCount, "ErrorOccurredOutput.retryCount");
        if (retryCount != null && errorHandling != ErrorHandling.RETRY) {
            throw new IllegalArgumentException("ErrorOccurredOutput.retryCount is only allowed with errorHandling retry");
        }
    }

    /** Retries the failed operation up to {@code retryCount} times. */
    public static ErrorOccurredOutput retry(int retryCount) {
        return new ErrorOccurredOutput(ErrorHandling.RETRY, retryCount, null, null);
    }

    /** Skips the failed operation and goes on. */
    public static ErrorOccurredOutput skip() {
        return new ErrorOccurredOutput(ErrorHandling.SKIP, null, null, null);
    }

    /** Gives up. */
    public static ErrorOccurredOutput abort() {
        return new ErrorOccurredOutput(ErrorHandling.ABORT, null, null, null);
    }

    /** This output, showing {@code notification} to the user. */
    public ErrorOccurredOutput withUserNotification(String notification) {
        return new ErrorOccurredOutput(errorHandling, retryCount,
                Checks.required(notification, "ErrorOccurredOutput.userNotification"), suppressOutput);
    }

    /** This output, hiding the error from the session log or not. */
    public ErrorOccurredOutput withSuppressOutput(boolean suppress) {
        return new ErrorOccurredOutput(errorHandling, retryCount, userNotification, suppress);
    }

    /** What to do about an error. */
    public enum ErrorHandling {
        /** Try again. */
        RETRY("retry"),
        /** Go on without the failed operation. */
        SKIP("skip"),
        /** Give up. */
        ABORT("abort");

        private final String wireValue;

        ErrorHandling(String wireValue) {
            this.wireValue = wireValue;
        }

        /** The value on the wire. */
        public String wireValue() {
            return wireValue;
        }
    }
}
