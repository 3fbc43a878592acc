package io.github.copilot4j.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceContextPropagatorTests {

    @Test
    void noopSuppliesNoContext() {
        TraceContext context = TraceContextPropagator.noop().current();

        assertThat(context).isSameAs(TraceContext.NONE);
        assertThat(context.traceparent()).isNull();
        assertThat(context.tracestate()).isNull();
    }
}
