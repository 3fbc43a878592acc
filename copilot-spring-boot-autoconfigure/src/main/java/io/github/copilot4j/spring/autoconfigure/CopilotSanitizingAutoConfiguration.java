package io.github.copilot4j.spring.autoconfigure;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration that keeps the secrets among the {@code copilot.*} properties out of the Actuator
 * {@code configprops} and {@code env} endpoints. It does not depend on {@code copilot.enabled}: the properties can be
 * present while the client is switched off.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class CopilotSanitizingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "copilotSecretsSanitizingFunction")
    CopilotSecretsSanitizingFunction copilotSecretsSanitizingFunction() {
        return new CopilotSecretsSanitizingFunction();
    }
}
