package io.github.copilot4j.spring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and key values of the observations of turns. Declare a bean of this type to replace
 * {@link DefaultTurnObservationConvention}.
 */
public interface TurnObservationConvention extends ObservationConvention<TurnObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof TurnObservationContext;
    }
}
