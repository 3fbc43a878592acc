package io.github.copilot4j.sample.backend;

import io.github.copilot4j.spring.client.CopilotClientOptionsCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The selected {@link ModelBackend}, and for GitHub Copilot the token of {@code COPILOT_GITHUB_TOKEN} or
 * {@code GH_TOKEN} given to the CLI when {@code copilot.auth.github-token} is not set.
 */
@Configuration(proxyBeanMethods = false)
class ModelBackendConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ModelBackendConfiguration.class);

    @Bean
    ModelBackend modelBackend(Environment environment) {
        ModelBackend backend = ModelBackend.select(environment);
        if (backend != ModelBackend.OFFLINE_DEMO) {
            log.info("Model back end: {}", backend.label());
        }
        return backend;
    }

    @Bean
    @Conditional(TokenFromVariables.class)
    CopilotClientOptionsCustomizer gitHubTokenFromEnvironment(Environment environment) {
        String token = ModelBackend.tokenFromVariables(environment);
        return options -> options.gitHubToken(token);
    }

    /** GitHub Copilot is selected, with a token in the environment and none in the properties. */
    static final class TokenFromVariables implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment environment = context.getEnvironment();
            return ModelBackend.select(environment) == ModelBackend.GITHUB_COPILOT
                    && !ModelBackend.hasText(environment, "copilot.auth.github-token")
                    && ModelBackend.tokenFromVariables(environment) != null;
        }
    }
}
