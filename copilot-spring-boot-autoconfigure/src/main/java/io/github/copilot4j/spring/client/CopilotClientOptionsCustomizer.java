package io.github.copilot4j.spring.client;

import io.github.copilot4j.CopilotClientOptions;

/**
 * Adjusts the options of the auto-configured {@link io.github.copilot4j.CopilotClient} after the {@code copilot.cli.*}
 * and {@code copilot.auth.*} properties were applied. Customizer beans run in
 * {@link org.springframework.core.annotation.Order @Order}.
 */
@FunctionalInterface
public interface CopilotClientOptionsCustomizer {

    /** Customizes the options about to be built. */
    void customize(CopilotClientOptions.Builder options);
}
