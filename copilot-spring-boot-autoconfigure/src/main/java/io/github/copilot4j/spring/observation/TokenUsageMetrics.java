package io.github.copilot4j.spring.observation;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.AssistantUsageEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionEventListener;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Records the tokens of every model call ({@code assistant.usage}) in the distribution summary {@value #METRIC_NAME},
 * tagged {@code gen_ai.token.type} = {@code input} or {@code output}, with the OpenTelemetry GenAI buckets.
 */
public final class TokenUsageMetrics {

    /** The distribution summary of token counts. */
    public static final String METRIC_NAME = "gen_ai.client.token.usage";

    /** The GenAI operation of one model call. */
    static final String OPERATION = "chat";

    private static final double[] BUCKETS = {1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576,
        4194304, 16777216, 67108864};

    private final MeterRegistry registry;

    /** Metrics registered in {@code registry}. */
    public TokenUsageMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A listener that records the token usage of a session created with {@code config}. */
    public SessionEventListener<SessionEvent> listenerFor(SessionConfig config) {
        String providerName = GenAiProvider.nameOf(config);
        return event -> {
            if (event instanceof AssistantUsageEvent usage) {
                record(providerName, usage.model(), "input", usage.inputTokens());
                record(providerName, usage.model(), "output", usage.outputTokens());
            }
        };
    }

    private void record(String providerName, String model, String tokenType, @Nullable Long tokens) {
        if (tokens == null) {
            return;
        }
        DistributionSummary.builder(METRIC_NAME)
                .description("Number of tokens used by Copilot model calls")
                .baseUnit("tokens")
                .tag(CopilotKeyNames.OPERATION_NAME.asString(), OPERATION)
                .tag(CopilotKeyNames.PROVIDER_NAME.asString(), providerName)
                .tag(CopilotKeyNames.REQUEST_MODEL.asString(), model.isEmpty() ? "none" : model)
                .tag("gen_ai.token.type", tokenType)
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(tokens);
    }
}
