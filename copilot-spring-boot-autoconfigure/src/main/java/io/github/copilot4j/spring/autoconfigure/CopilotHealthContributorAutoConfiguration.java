package io.github.copilot4j.spring.autoconfigure;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.spring.actuate.CopilotHealthIndicator;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code copilot} health contributor: a {@link CopilotHealthIndicator} per
 * {@link CopilotClient}; off with {@code management.health.copilot.enabled=false}.
 */
@AutoConfiguration(after = CopilotClientAutoConfiguration.class)
@ConditionalOnClass({CopilotClient.class, CopilotHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(CopilotClient.class)
@ConditionalOnEnabledHealthIndicator("copilot")
public final class CopilotHealthContributorAutoConfiguration
        extends CompositeHealthContributorConfiguration<CopilotHealthIndicator, CopilotClient> {

    CopilotHealthContributorAutoConfiguration() {
        super(CopilotHealthIndicator::new);
    }

    @Bean
    @ConditionalOnMissingBean(name = {"copilotHealthIndicator", "copilotHealthContributor"})
    HealthContributor copilotHealthContributor(ConfigurableListableBeanFactory beanFactory) {
        return createContributor(beanFactory, CopilotClient.class);
    }
}
