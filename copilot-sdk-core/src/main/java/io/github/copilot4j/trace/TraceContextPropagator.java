package io.github.copilot4j.trace;

/**
 * Connects the SDK to the application's tracing, for example OpenTelemetry. {@link #current()} supplies the calling
 * thread's trace context, sent with every outgoing {@code session.create}, {@code session.resume} and
 * {@code session.send}; {@link #makeCurrent(TraceContext)} installs the CLI's tool-execution span around a tool
 * handler, so the handler's spans become its children.
 */
@FunctionalInterface
public interface TraceContextPropagator {

    /** The current trace context, or {@link TraceContext#NONE}. */
    TraceContext current();

    /**
     * Makes {@code context} the calling thread's current trace context until the returned scope is closed. The SDK
     * calls it on the thread that runs a tool handler, when the tool call carries a {@code traceparent}, and closes
     * the scope on the same thread when the handler returns. The default does nothing.
     *
     * <p>The CLI sends its tool span, a child of the context sent with the turn's {@code session.send}, only while
     * its own OpenTelemetry is on, which the CLI's environment switches on: for example
     * {@code COPILOT_OTEL_ENABLED=true}, {@code COPILOT_OTEL_EXPORTER_TYPE=file} and
     * {@code COPILOT_OTEL_FILE_EXPORTER_PATH=<file>}.
     *
     * @param context the trace context of the CLI's tool-execution span
     * @return the scope to close to restore the previous context
     */
    default AutoCloseable makeCurrent(TraceContext context) {
        return () -> {
        };
    }

    /** A propagator that never supplies a trace context. */
    static TraceContextPropagator noop() {
        return () -> TraceContext.NONE;
    }
}
