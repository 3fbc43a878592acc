package io.github.copilot4j.spring.autoconfigure;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.spring.actuate.CopilotSessionsEndpoint;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code copilotsessions} endpoint, available once exposed (for example with
 * {@code management.endpoints.web.exposure.include=copilotsessions}).
 */
@AutoConfiguration(after = CopilotClientAutoConfiguration.class)
@ConditionalOnClass({CopilotClient.class, Endpoint.class, ConditionalOnAvailableEndpoint.class})
@ConditionalOnBean(CopilotClient.class)
@ConditionalOnAvailableEndpoint(CopilotSessionsEndpoint.class)
public final class CopilotSessionsEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CopilotSessionsEndpoint copilotSessionsEndpoint(ListableBeanFactory beanFactory) {
        return new CopilotSessionsEndpoint(beanFactory.getBeansOfType(CopilotClient.class));
    }
}
