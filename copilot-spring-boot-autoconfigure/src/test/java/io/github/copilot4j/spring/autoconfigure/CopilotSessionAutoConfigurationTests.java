package io.github.copilot4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.hook.SessionHooks;
import io.github.copilot4j.input.UserInputHandler;
import io.github.copilot4j.input.UserInputResponse;
import io.github.copilot4j.permission.CustomToolPermissionRequest;
import io.github.copilot4j.permission.PermissionDecision;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.permission.PermissionRequestContext;
import io.github.copilot4j.spring.hook.CopilotHookRegistry;
import io.github.copilot4j.spring.permission.CopilotPermissionPolicy;
import io.github.copilot4j.spring.session.CopilotSessionFactory;
import io.github.copilot4j.spring.session.SessionConfigCustomizer;
import io.github.copilot4j.spring.session.SessionProfile;
import io.github.copilot4j.spring.tool.CopilotToolRegistry;
import io.github.copilot4j.tool.ToolDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.json.JsonMapper;

class CopilotSessionAutoConfigurationTests {

    private static final ToolDefinition LOOKUP_ORDER = ToolDefinition.declaration("lookup_order", "Finds an order",
            null);

    @TempDir
    Path directory;

    private ApplicationContextRunner contextRunner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CopilotClientAutoConfiguration.class,
                        CopilotSessionAutoConfiguration.class))
                .withPropertyValues("copilot.cli.path=" + directory.resolve("missing-copilot"));
    }

    @Test
    void createsTheSessionFactoryAndThePermissionPolicy() {
        contextRunner().withPropertyValues("copilot.permissions.approve=read,mcp")
                .run(context -> {
                    assertThat(context).hasSingleBean(CopilotSessionFactory.class)
                            .hasSingleBean(CopilotPermissionPolicy.class);
                    CopilotPermissionPolicy policy = context.getBean(CopilotPermissionPolicy.class);
                    assertThat(policy.approvedKinds()).containsExactly("read", "mcp");
                    assertThat(policy.deniedKinds()).containsExactly("shell", "write", "url");
                    SessionConfig config = context.getBean(CopilotSessionFactory.class).sessionConfig("default");
                    assertThat(config.onPermissionRequest()).isSameAs(policy);
                    assertThat(config.onUserInputRequest()).isNull();
                    assertThat(config.tools()).isNull();
                    assertThat(config.hooks()).isNull();
                });
    }

    @Test
    void buildsTheProfilesFromTheProperties() {
        contextRunner().withPropertyValues("copilot.session.model=gpt-5", "copilot.session.send-timeout=2m",
                        "copilot.sessions.support.model=claude-sonnet-4.5")
                .run(context -> {
                    CopilotSessionFactory factory = context.getBean(CopilotSessionFactory.class);
                    assertThat(factory.profiles()).containsExactly("default", "support");
                    assertThat(factory.sessionConfig("default").model()).isEqualTo("gpt-5");
                    assertThat(factory.sessionConfig("support").model()).isEqualTo("claude-sonnet-4.5");
                    assertThat(factory.sendTimeout("support")).isEqualTo(Duration.ofMinutes(2));
                    assertThatIllegalArgumentException().isThrownBy(() -> factory.create("billing"))
                            .withMessageContaining("the profiles are [default, support]");
                });
    }

    @Test
    void failsTheStartUpOnAnInvalidSessionSetting() {
        contextRunner().withPropertyValues("copilot.sessions.support.provider.api-key=key")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("copilot.sessions.support.provider.base-url is required"));
    }

    @Test
    void failsTheStartUpOnAReasoningEffortOutsideTheAllowedSetNamingTheProperty() {
        contextRunner().withPropertyValues("copilot.session.reasoning-effort=extreme")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("copilot.session.reasoning-effort")
                        .hasStackTraceContaining("extreme"));
    }

    @Test
    void failsTheStartUpOnANegativeTimeoutNamingTheProperty() {
        contextRunner().withPropertyValues("copilot.session.tool-timeout=-5s")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("toolTimeout must be longer than zero"));
        contextRunner().withPropertyValues("copilot.cli.request-timeout=-5s")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("Invalid copilot.cli or copilot.auth settings: requestTimeout must "
                                + "be positive"));
    }

    @Test
    void failsTheStartUpWhenAKindIsApprovedAndDenied() {
        contextRunner().withPropertyValues("copilot.permissions.approve=shell")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("'shell' is both approved and denied"));
    }

    @Test
    void theApplicationsPermissionHandlerReplacesThePolicy() {
        contextRunner().withUserConfiguration(HandlersConfiguration.class)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(CopilotPermissionPolicy.class);
                    SessionConfig config = context.getBean(CopilotSessionFactory.class).sessionConfig("default");
                    assertThat(config.onPermissionRequest()).isSameAs(context.getBean(PermissionHandler.class));
                    assertThat(config.onUserInputRequest()).isSameAs(context.getBean(UserInputHandler.class));
                });
    }

    @Test
    void givesSessionsTheApplicationsToolsAndHooksAndApprovesThoseTools() {
        contextRunner().withUserConfiguration(RegistriesConfiguration.class)
                .run(context -> {
                    SessionConfig config = context.getBean(CopilotSessionFactory.class).sessionConfig("default");
                    assertThat(config.tools()).containsExactly(LOOKUP_ORDER);
                    assertThat(config.hooks()).isSameAs(context.getBean(CopilotHookRegistry.class).hooks());
                    PermissionRequestContext request = new PermissionRequestContext("session-1", "request-1",
                            new CustomToolPermissionRequest("call-1", "lookup_order", "Finds an order", null,
                                    JsonMapper.shared().createObjectNode().put("kind", "custom-tool")),
                            false);
                    assertThat(config.onPermissionRequest().handle(request))
                            .isEqualTo(PermissionDecision.approveOnce());
                });
    }

    @Test
    void appliesTheSessionConfigCustomizersInOrder() {
        contextRunner().withUserConfiguration(CustomizersConfiguration.class)
                .withPropertyValues("copilot.sessions.support.model=claude-sonnet-4.5")
                .run(context -> {
                    CopilotSessionFactory factory = context.getBean(CopilotSessionFactory.class);
                    assertThat(factory.sessionConfig("support").clientName()).isEqualTo("support:claude-sonnet-4.5!");
                    assertThat(factory.sessionConfig("default").clientName()).isEqualTo("default:null!");
                });
    }

    @Test
    void backsOffForTheApplicationsSessionFactory() {
        contextRunner().withUserConfiguration(UserFactoryConfiguration.class)
                .run(context -> assertThat(context).hasSingleBean(CopilotSessionFactory.class)
                        .hasBean("userSessionFactory"));
    }

    @Configuration(proxyBeanMethods = false)
    static class HandlersConfiguration {

        @Bean
        PermissionHandler permissionHandler() {
            return context -> PermissionDecision.approveOnce();
        }

        @Bean
        UserInputHandler userInputHandler() {
            return request -> UserInputResponse.freeform("yes");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class RegistriesConfiguration {

        @Bean
        CopilotToolRegistry toolRegistry() {
            return new CopilotToolRegistry() {
                @Override
                public List<ToolDefinition> tools() {
                    return List.of(LOOKUP_ORDER);
                }

                @Override
                public List<ToolDefinition> select(Collection<String> namesOrTags) {
                    return List.of(LOOKUP_ORDER);
                }

                @Override
                public Set<String> toolNames() {
                    return Set.of(LOOKUP_ORDER.name());
                }
            };
        }

        @Bean
        CopilotHookRegistry hookRegistry() {
            SessionHooks hooks = SessionHooks.builder().onSessionEnd((input, context) -> null).build();
            return () -> hooks;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomizersConfiguration {

        @Bean
        @Order(2)
        SessionConfigCustomizer exclaim() {
            return (profile, config) -> config.toBuilder().clientName(config.clientName() + "!").build();
        }

        @Bean
        @Order(1)
        SessionConfigCustomizer nameAfterProfileAndModel() {
            return (profile, config) -> config.toBuilder().clientName(profile + ":" + config.model()).build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserFactoryConfiguration {

        @Bean
        CopilotSessionFactory userSessionFactory(CopilotClient client) {
            SessionProfile defaults = new SessionProfile(CopilotSessionFactory.DEFAULT_PROFILE,
                    SessionConfig.defaults(), List.of(), Duration.ofSeconds(30));
            var none = new org.springframework.beans.factory.support.DefaultListableBeanFactory();
            return new CopilotSessionFactory(client, List.of(defaults), none.getBeanProvider(CopilotToolRegistry.class),
                    none.getBeanProvider(CopilotHookRegistry.class), none.getBeanProvider(PermissionHandler.class),
                    none.getBeanProvider(UserInputHandler.class), none.getBeanProvider(SessionConfigCustomizer.class));
        }
    }
}
