package io.github.copilot4j.trace;

import org.jspecify.annotations.Nullable;

/**
 * A W3C trace context: the {@code traceparent} and {@code tracestate} header values. Each present value is sent as a
 * top-level parameter of the request it accompanies.
 *
 * @param traceparent the {@code traceparent} value, or null
 * @param tracestate the {@code tracestate} value, or null
 */
public record TraceContext(@Nullable String traceparent, @Nullable String tracestate) {

    /** No trace context. */
    public static final TraceContext NONE = new TraceContext(null, null);
}
