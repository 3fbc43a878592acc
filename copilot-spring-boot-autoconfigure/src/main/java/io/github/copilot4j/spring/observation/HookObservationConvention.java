package io.github.copilot4j.spring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and key values of the observations of hook invocations. Declare a bean of this type to replace
 * {@link DefaultHookObservationConvention}.
 */
public interface HookObservationConvention extends ObservationConvention<HookObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof HookObservationContext;
    }
}
