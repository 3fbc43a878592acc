package io.github.copilot4j.trace;

/**
 * Supplies the trace context of the calling thread, for example from OpenTelemetry's current span. Called once per
 * outgoing {@code session.create}, {@code session.resume} and {@code session.send}.
 */
@FunctionalInterface
public interface TraceContextPropagator {

    /** The current trace context, or {@link TraceContext#NONE}. */
    TraceContext current();

    /** A propagator that never supplies a trace context. */
    static TraceContextPropagator noop() {
        return () -> TraceContext.NONE;
    }
}
