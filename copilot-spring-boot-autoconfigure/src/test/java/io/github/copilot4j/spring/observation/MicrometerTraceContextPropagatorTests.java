package io.github.copilot4j.spring.observation;

import static org.assertj.core.api.Assertions.assertThat;

import brave.Tracing;
import brave.propagation.ThreadLocalCurrentTraceContext;
import io.github.copilot4j.trace.TraceContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.brave.bridge.BraveBaggageManager;
import io.micrometer.tracing.brave.bridge.BraveCurrentTraceContext;
import io.micrometer.tracing.brave.bridge.BravePropagator;
import io.micrometer.tracing.brave.bridge.BraveTracer;
import io.micrometer.tracing.brave.bridge.W3CPropagation;
import io.micrometer.tracing.propagation.Propagator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MicrometerTraceContextPropagatorTests {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static final String SPAN_ID = "00f067aa0ba902b7";

    private final Tracing tracing = Tracing.newBuilder()
            .traceId128Bit(true)
            .propagationFactory(new W3CPropagation())
            .currentTraceContext(ThreadLocalCurrentTraceContext.create())
            .build();

    private final Tracer tracer = new BraveTracer(tracing.tracer(),
            new BraveCurrentTraceContext(tracing.currentTraceContext()), new BraveBaggageManager());

    private final MicrometerTraceContextPropagator propagator = new MicrometerTraceContextPropagator(tracer,
            new BravePropagator(tracing));

    @AfterEach
    void closeTracing() {
        tracing.close();
    }

    @Test
    void suppliesTheCurrentSpanAsTraceparent() {
        Span span = tracer.nextSpan().start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            TraceContext current = propagator.current();

            assertThat(current.traceparent()).isEqualTo("00-" + span.context().traceId() + "-"
                    + span.context().spanId() + "-01");
        } finally {
            span.end();
        }
    }

    @Test
    void suppliesNothingWithoutACurrentSpan() {
        assertThat(propagator.current()).isEqualTo(TraceContext.NONE);
    }

    @Test
    void suppliesNothingWhenThePropagatorWritesNoW3cHeaders() {
        MicrometerTraceContextPropagator noW3c = new MicrometerTraceContextPropagator(tracer, Propagator.NOOP);
        Span span = tracer.nextSpan().start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            assertThat(noW3c.current()).isEqualTo(TraceContext.NONE);
        } finally {
            span.end();
        }
    }

    @Test
    void makesTheSpanOfTheCliTheParentOfNewSpansUntilClosed() throws Exception {
        try (AutoCloseable scope = propagator.makeCurrent(
                new TraceContext("00-" + TRACE_ID + "-" + SPAN_ID + "-01", null))) {
            Span child = tracer.nextSpan();

            assertThat(child.context().traceId()).isEqualTo(TRACE_ID);
            assertThat(child.context().parentId()).isEqualTo(SPAN_ID);
            assertThat(child.context().sampled()).isTrue();
        }
        assertThat(tracer.currentTraceContext().context()).isNull();
    }

    @Test
    void ignoresAMissingOrInvalidTraceparent() throws Exception {
        for (String invalid : List.of("garbage", "00-" + "0".repeat(32) + "-" + SPAN_ID + "-01",
                "00-" + TRACE_ID + "-" + "0".repeat(16) + "-01",
                "00-" + TRACE_ID.toUpperCase() + "-" + SPAN_ID + "-01")) {
            try (AutoCloseable scope = propagator.makeCurrent(new TraceContext(invalid, null))) {
                assertThat(tracer.currentTraceContext().context()).as(invalid).isNull();
            }
        }
        try (AutoCloseable scope = propagator.makeCurrent(TraceContext.NONE)) {
            assertThat(tracer.currentTraceContext().context()).isNull();
        }
    }
}
