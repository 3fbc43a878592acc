package io.github.copilot4j.spring.observation;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.spring.session.SessionConfigCustomizer;
import io.github.copilot4j.spring.session.SessionConfigs;

/** Makes every session record its token usage in {@link TokenUsageMetrics}. */
public final class TokenUsageCustomizer implements SessionConfigCustomizer {

    private final TokenUsageMetrics metrics;

    /** A customizer recording into {@code metrics}. */
    public TokenUsageCustomizer(TokenUsageMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public SessionConfig customize(String profile, SessionConfig config) {
        return SessionConfigs.withListener(config, metrics.listenerFor(config));
    }
}
