package io.github.copilot4j.spring.autoconfigure;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.spring.handler.AnnotatedHandlers;
import io.github.copilot4j.spring.handler.CopilotPermissionHandler;
import io.github.copilot4j.spring.handler.CopilotUserInputHandler;
import io.github.copilot4j.spring.hook.AnnotatedHookRegistry;
import io.github.copilot4j.spring.hook.CopilotHook;
import io.github.copilot4j.spring.hook.CopilotHookRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration that gives the sessions the {@link CopilotHook @CopilotHook},
 * {@link CopilotPermissionHandler @CopilotPermissionHandler} and
 * {@link CopilotUserInputHandler @CopilotUserInputHandler} methods of the application's beans.
 */
@AutoConfiguration(before = CopilotSessionAutoConfiguration.class)
@ConditionalOnClass(CopilotClient.class)
@ConditionalOnBooleanProperty(name = "copilot.enabled", matchIfMissing = true)
public final class CopilotHookAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(CopilotHookRegistry.class)
    static AnnotatedHookRegistry copilotHookRegistry() {
        return new AnnotatedHookRegistry();
    }

    @Bean
    @ConditionalOnMissingBean
    static AnnotatedHandlers copilotAnnotatedHandlers() {
        return new AnnotatedHandlers();
    }
}
