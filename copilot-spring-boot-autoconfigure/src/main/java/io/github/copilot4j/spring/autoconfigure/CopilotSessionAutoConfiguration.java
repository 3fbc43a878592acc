package io.github.copilot4j.spring.autoconfigure;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.input.UserInputHandler;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.spring.hook.CopilotHookRegistry;
import io.github.copilot4j.spring.permission.CopilotPermissionPolicy;
import io.github.copilot4j.spring.session.CopilotSessionFactory;
import io.github.copilot4j.spring.session.SessionConfigCustomizer;
import io.github.copilot4j.spring.tool.CopilotToolRegistry;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@link CopilotSessionFactory}, with the session profiles of the {@code copilot.session.*}
 * and {@code copilot.sessions.*} properties, and of the {@link CopilotPermissionPolicy} of the
 * {@code copilot.permissions.*} properties, used unless the application defines a {@link PermissionHandler}.
 */
@AutoConfiguration(after = CopilotClientAutoConfiguration.class)
@ConditionalOnClass(CopilotClient.class)
@ConditionalOnBooleanProperty(name = "copilot.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CopilotProperties.class)
public final class CopilotSessionAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(PermissionHandler.class)
    CopilotPermissionPolicy copilotPermissionPolicy(CopilotProperties properties,
            ObjectProvider<CopilotToolRegistry> toolRegistry) {
        CopilotProperties.Permissions permissions = properties.getPermissions();
        return new CopilotPermissionPolicy(permissions.getApprove(), permissions.getDeny(), () -> {
            CopilotToolRegistry registry = toolRegistry.getIfUnique();
            return registry != null ? registry.toolNames() : Set.of();
        });
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(CopilotClient.class)
    CopilotSessionFactory copilotSessionFactory(CopilotClient client, CopilotProperties properties,
            ObjectProvider<CopilotToolRegistry> toolRegistry, ObjectProvider<CopilotHookRegistry> hookRegistry,
            ObjectProvider<PermissionHandler> permissionHandler, ObjectProvider<UserInputHandler> userInputHandler,
            ObjectProvider<SessionConfigCustomizer> customizers) {
        return new CopilotSessionFactory(client, SessionProfiles.from(properties), toolRegistry, hookRegistry,
                permissionHandler, userInputHandler, customizers);
    }
}
