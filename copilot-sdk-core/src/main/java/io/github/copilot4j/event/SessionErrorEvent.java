package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;

/**
 * {@code session.error}: an error occurred while processing. Not always terminal: a rate-limit error with
 * {@code eligibleForAutoSwitch} may be followed by a model switch and the turn goes on.
 *
 * @param envelope the fields every event carries
 * @param errorType the error category, e.g. {@code authentication}, {@code quota}, {@code rate_limit},
 *        {@code context_limit}, {@code query}
 * @param message the human-readable message
 * @param stack the stack trace, if available
 * @param statusCode the HTTP status code of the upstream request, if any
 * @param errorCode the provider's fine-grained error code, if any
 * @param providerCallId the upstream request tracing id, if any
 * @param serviceRequestId the Copilot service request id, if any
 * @param url a URL about this error the user can open, if any
 * @param eligibleForAutoSwitch whether the runtime follows this rate-limit error with an auto-mode-switch request
 *        ({@code false} when absent)
 */
public record SessionErrorEvent(
        EventEnvelope envelope,
        String errorType,
        String message,
        @Nullable String stack,
        @Nullable Integer statusCode,
        @Nullable String errorCode,
        @Nullable String providerCallId,
        @Nullable String serviceRequestId,
        @Nullable String url,
        boolean eligibleForAutoSwitch) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "session.error";

    @Override
    public String type() {
        return TYPE;
    }
}
