package io.github.copilot4j.sample.backend;

import io.github.copilot4j.spring.autoconfigure.CopilotProperties;
import io.github.copilot4j.spring.client.CopilotClientOptionsCustomizer;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The offline demo back end: the test kit's scripted model server on 127.0.0.1, answering as the
 * {@link OfflineDemoModel}, and the auto-configured Copilot client pointed at it with isolated home directories. The
 * CLI ({@code copilot.cli.path}, or the one {@code CliLocator} finds), the tools, the database, the hooks, the events
 * and the metrics are real; only the model is scripted.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OfflineDemoConfiguration.OfflineDemoSelected.class)
class OfflineDemoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OfflineDemoConfiguration.class);

    @Bean(destroyMethod = "close")
    CopilotTestEnvironment offlineDemoEnvironment(CopilotProperties properties) {
        CopilotTestEnvironment.Builder builder = CopilotTestEnvironment.builder();
        if (properties.getCli().getPath() != null) {
            builder.cliPath(properties.getCli().getPath());
        }
        CopilotTestEnvironment environment = builder.build();
        environment.modelServer().respondWith(new OfflineDemoModel());
        log.warn("""
                
                ==================================================================================================
                  OFFLINE DEMO: no GitHub token and no model provider are configured, so the assistant's answers
                  come from a scripted demo model on {}. The Copilot CLI, the tools, the
                  database, the hooks, the events and the metrics are real.
                  For GitHub Copilot set COPILOT_GITHUB_TOKEN or GH_TOKEN; for your own model set
                  copilot.session.provider.* (see the README).
                ==================================================================================================""",
                environment.modelServer().baseUrl());
        return environment;
    }

    @Bean
    CopilotClientOptionsCustomizer offlineDemoClient(CopilotTestEnvironment offlineDemoEnvironment) {
        return offlineDemoEnvironment::applyTo;
    }

    /** The offline demo is the selected back end. */
    static final class OfflineDemoSelected implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return ModelBackend.select(context.getEnvironment()) == ModelBackend.OFFLINE_DEMO;
        }
    }
}
