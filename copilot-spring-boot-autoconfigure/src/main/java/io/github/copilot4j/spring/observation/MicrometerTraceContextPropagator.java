package io.github.copilot4j.spring.observation;

import io.github.copilot4j.trace.TraceContext;
import io.github.copilot4j.trace.TraceContextPropagator;
import io.micrometer.tracing.CurrentTraceContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Connects the SDK to Micrometer Tracing. {@link #current()} writes the current span as W3C trace context, so the
 * CLI's spans join the application's trace ({@link TraceContext#NONE} when no span is current or the propagator
 * writes no W3C headers). {@link #makeCurrent(TraceContext)} makes the CLI's tool-execution span the parent of the
 * spans a tool handler starts.
 */
public final class MicrometerTraceContextPropagator implements TraceContextPropagator {

    private static final Pattern TRACEPARENT = Pattern.compile(
            "[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(?:-.*)?");

    private static final String INVALID_TRACE_ID = "0".repeat(32);

    private static final String INVALID_SPAN_ID = "0".repeat(16);

    private final Tracer tracer;
    private final Propagator propagator;

    /** A propagator reading and setting the current span of {@code tracer}, writing it with {@code propagator}. */
    public MicrometerTraceContextPropagator(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public TraceContext current() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return TraceContext.NONE;
        }
        Map<String, String> headers = new HashMap<>();
        propagator.inject(span.context(), headers, Map::put);
        String traceparent = headers.get("traceparent");
        return traceparent == null ? TraceContext.NONE : new TraceContext(traceparent, headers.get("tracestate"));
    }

    /** Makes the span of a valid {@code traceparent} the current one; does nothing for an invalid one. */
    @Override
    public AutoCloseable makeCurrent(TraceContext context) {
        String traceparent = context.traceparent();
        Matcher parts = traceparent == null ? null : TRACEPARENT.matcher(traceparent);
        if (parts == null || !parts.matches() || parts.group(1).equals(INVALID_TRACE_ID)
                || parts.group(2).equals(INVALID_SPAN_ID)) {
            return () -> {
            };
        }
        io.micrometer.tracing.TraceContext remote = tracer.traceContextBuilder()
                .traceId(parts.group(1))
                .spanId(parts.group(2))
                .sampled((Integer.parseInt(parts.group(3), 16) & 1) == 1)
                .build();
        CurrentTraceContext.Scope scope = tracer.currentTraceContext().newScope(remote);
        return scope::close;
    }
}
