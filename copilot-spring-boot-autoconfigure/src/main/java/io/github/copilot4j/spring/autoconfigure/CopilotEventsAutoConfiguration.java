package io.github.copilot4j.spring.autoconfigure;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.spring.event.ClientStateEventPublisher;
import io.github.copilot4j.spring.event.CopilotClientStateEvent;
import io.github.copilot4j.spring.event.CopilotSessionEvent;
import io.github.copilot4j.spring.event.SessionEventPublisher;
import io.github.copilot4j.spring.event.SessionEventPublishingCustomizer;
import io.github.copilot4j.spring.event.SessionEventTypeFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration that publishes the events of the sessions the session factory opens as
 * {@link CopilotSessionEvent}s, limited to the {@code copilot.events.types}, and the state changes of the clients as
 * {@link CopilotClientStateEvent}s; off with {@code copilot.events.enabled=false}.
 */
@AutoConfiguration(after = CopilotSessionAutoConfiguration.class)
@ConditionalOnClass(CopilotClient.class)
@ConditionalOnBooleanProperty(name = {"copilot.enabled", "copilot.events.enabled"}, matchIfMissing = true)
@EnableConfigurationProperties(CopilotProperties.class)
public final class CopilotEventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SessionEventPublisher copilotSessionEventPublisher(ApplicationEventPublisher publisher,
            CopilotProperties properties) {
        return new SessionEventPublisher(publisher, SessionEventTypeFilter.of(properties.getEvents().getTypes()));
    }

    @Bean
    @ConditionalOnMissingBean
    SessionEventPublishingCustomizer copilotSessionEventPublishingCustomizer(SessionEventPublisher publisher) {
        return new SessionEventPublishingCustomizer(publisher);
    }

    @Bean
    @ConditionalOnMissingBean
    static ClientStateEventPublisher copilotClientStateEventPublisher(ObjectProvider<CopilotClient> clients,
            ApplicationEventPublisher publisher) {
        return new ClientStateEventPublisher(clients, publisher);
    }
}
