package io.github.copilot4j.spring.autoconfigure;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.spring.actuate.CopilotInfoContributor;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.autoconfigure.info.InfoContributorFallback;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@link CopilotInfoContributor}; off with {@code management.info.copilot.enabled=false}.
 */
@AutoConfiguration(after = CopilotClientAutoConfiguration.class)
@ConditionalOnClass({CopilotClient.class, InfoContributor.class, ConditionalOnEnabledInfoContributor.class})
@ConditionalOnSingleCandidate(CopilotClient.class)
@ConditionalOnEnabledInfoContributor(value = "copilot", fallback = InfoContributorFallback.USE_DEFAULTS_PROPERTY)
public final class CopilotInfoContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CopilotInfoContributor copilotInfoContributor(CopilotClient client) {
        return new CopilotInfoContributor(client);
    }
}
