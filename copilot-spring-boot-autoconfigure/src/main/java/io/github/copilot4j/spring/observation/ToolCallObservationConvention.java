package io.github.copilot4j.spring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and key values of the observations of tool calls. Declare a bean of this type to replace
 * {@link DefaultToolCallObservationConvention}.
 */
public interface ToolCallObservationConvention extends ObservationConvention<ToolCallObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof ToolCallObservationContext;
    }
}
