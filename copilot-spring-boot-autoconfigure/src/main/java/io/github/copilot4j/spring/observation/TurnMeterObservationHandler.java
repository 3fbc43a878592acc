package io.github.copilot4j.spring.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.MeterObservationHandler;
import io.micrometer.observation.Observation;
import org.springframework.core.Ordered;

/**
 * Records the duration of turn observations as the timer {@value #TIMER_NAME}, tagged with the observation's
 * low-cardinality keys. It is ordered before Micrometer's default meter handler, so that a turn is timed once under
 * the OpenTelemetry GenAI metric name.
 */
public final class TurnMeterObservationHandler implements MeterObservationHandler<TurnObservationContext>, Ordered {

    /** The timer of turns. */
    public static final String TIMER_NAME = "gen_ai.client.operation.duration";

    private final MeterRegistry registry;

    /** A handler that registers its timers in {@code registry}. */
    public TurnMeterObservationHandler(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return context instanceof TurnObservationContext;
    }

    @Override
    public void onStart(TurnObservationContext context) {
        context.put(Timer.Sample.class, Timer.start(registry));
    }

    @Override
    public void onStop(TurnObservationContext context) {
        Timer.Sample sample = context.getRequired(Timer.Sample.class);
        Tags tags = Tags.empty();
        for (KeyValue keyValue : context.getLowCardinalityKeyValues()) {
            tags = tags.and(Tag.of(keyValue.getKey(), keyValue.getValue()));
        }
        sample.stop(Timer.builder(TIMER_NAME)
                .description("Duration of Copilot turns, from the prompt to the session becoming idle")
                .tags(tags)
                .register(registry));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1000;
    }
}
