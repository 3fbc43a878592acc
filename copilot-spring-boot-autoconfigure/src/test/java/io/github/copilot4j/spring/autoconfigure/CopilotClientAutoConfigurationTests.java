package io.github.copilot4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.copilot4j.ConnectionState;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotClientOptions;
import io.github.copilot4j.LogLevel;
import io.github.copilot4j.RestartPolicy;
import io.github.copilot4j.Transport;
import io.github.copilot4j.cli.CliNotFoundException;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.spring.client.CopilotClientLifecycle;
import io.github.copilot4j.spring.client.CopilotClientOptionsCustomizer;
import io.github.copilot4j.spring.client.StartupMode;
import io.github.copilot4j.spring.session.CopilotSessionFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

class CopilotClientAutoConfigurationTests {

    @TempDir
    Path directory;

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CopilotClientAutoConfiguration.class,
                    CopilotSessionAutoConfiguration.class));

    private ApplicationContextRunner withMissingCli() {
        return contextRunner.withPropertyValues("copilot.cli.path=" + directory.resolve("missing-copilot"));
    }

    @Test
    void createsAClientFromTheProperties() {
        withMissingCli().withPropertyValues(
                        "copilot.cli.use-stdio=false",
                        "copilot.cli.port=4321",
                        "copilot.cli.log-level=debug",
                        "copilot.cli.home=" + directory.resolve("home"),
                        "copilot.cli.working-directory=" + directory,
                        "copilot.cli.env[COPILOT_API_URL]=http://127.0.0.1:9",
                        "copilot.cli.inherit-environment=false",
                        "copilot.cli.args=--experimental",
                        "copilot.cli.request-timeout=2m",
                        "copilot.cli.start-timeout=45s",
                        "copilot.auth.github-token=ghp-test-token",
                        "copilot.auth.use-logged-in-user=false")
                .run(context -> {
                    assertThat(context).hasSingleBean(CopilotClient.class).hasSingleBean(CopilotClientLifecycle.class);
                    CopilotClientOptions options = context.getBean(CopilotClient.class).options();
                    assertThat(options.cliPath()).isEqualTo(directory.resolve("missing-copilot"));
                    assertThat(options.cliUrl()).isNull();
                    assertThat(options.transport()).isEqualTo(Transport.TCP);
                    assertThat(options.port()).isEqualTo(4321);
                    assertThat(options.logLevel()).isEqualTo(LogLevel.DEBUG);
                    assertThat(options.copilotHome()).isEqualTo(directory.resolve("home"));
                    assertThat(options.workingDirectory()).isEqualTo(directory);
                    assertThat(options.environment()).containsExactly(Map.entry("COPILOT_API_URL", "http://127.0.0.1:9"));
                    assertThat(options.inheritEnvironment()).isFalse();
                    assertThat(options.cliArgs()).containsExactly("--experimental");
                    assertThat(options.requestTimeout()).isEqualTo(Duration.ofMinutes(2));
                    assertThat(options.startTimeout()).isEqualTo(Duration.ofSeconds(45));
                    assertThat(options.gitHubToken()).isEqualTo("ghp-test-token");
                    assertThat(options.useLoggedInUser()).isFalse();
                });
    }

    @Test
    void restartsTheCliOnlyWhenEnabledWithTheConfiguredPolicy() {
        withMissingCli().run(context -> assertThat(context.getBean(CopilotClient.class).options().restartPolicy())
                .isNull());
        withMissingCli().withPropertyValues("copilot.cli.restart.enabled=true").run(context ->
                assertThat(context.getBean(CopilotClient.class).options().restartPolicy())
                        .isEqualTo(RestartPolicy.defaults()));
        withMissingCli().withPropertyValues("copilot.cli.restart.enabled=true",
                        "copilot.cli.restart.max-attempts=2",
                        "copilot.cli.restart.initial-backoff=100ms",
                        "copilot.cli.restart.max-backoff=1s")
                .run(context -> assertThat(context.getBean(CopilotClient.class).options().restartPolicy())
                        .isEqualTo(new RestartPolicy(2, Duration.ofMillis(100), Duration.ofSeconds(1))));
    }

    @Test
    void namesTheRestartSettingThatIsInvalid() {
        withMissingCli().withPropertyValues("copilot.cli.restart.enabled=true", "copilot.cli.restart.max-attempts=0")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining(
                        "Invalid copilot.cli.restart settings: RestartPolicy.maxAttempts must be at least 1, was 0"));
    }

    @Test
    void connectsToARunningServerWhenAUrlIsSet() {
        contextRunner.withPropertyValues("copilot.cli.url=127.0.0.1:9")
                .run(context -> {
                    CopilotClientOptions options = context.getBean(CopilotClient.class).options();
                    assertThat(options.cliUrl()).isEqualTo("127.0.0.1:9");
                    assertThat(options.cliPath()).isNull();
                });
    }

    @Test
    void namesThePropertiesOfAnInvalidCombination() {
        withMissingCli().withPropertyValues("copilot.cli.url=127.0.0.1:9")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("Invalid copilot.cli or copilot.auth settings: cliUrl and cliPath "
                                + "cannot both be set"));
    }

    @Test
    void appliesTheOptionsCustomizersInOrder() {
        withMissingCli().withUserConfiguration(CustomizerConfiguration.class)
                .run(context -> {
                    CopilotClientOptions options = context.getBean(CopilotClient.class).options();
                    assertThat(options.requestTimeout()).isEqualTo(Duration.ofSeconds(20));
                    assertThat(options.logLevel()).isEqualTo(LogLevel.ERROR);
                });
    }

    @Test
    void theKillSwitchTurnsEverythingOff() {
        withMissingCli().withPropertyValues("copilot.enabled=false")
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(CopilotClient.class)
                        .doesNotHaveBean(CopilotClientLifecycle.class)
                        .doesNotHaveBean(CopilotSessionFactory.class)
                        .doesNotHaveBean(PermissionHandler.class)
                        .doesNotHaveBean(CopilotProperties.class));
    }

    @Test
    void backsOffWithoutTheCoreLibrary() {
        withMissingCli().withClassLoader(new FilteredClassLoader(CopilotClient.class))
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(CopilotClientLifecycle.class)
                        .doesNotHaveBean(CopilotSessionFactory.class));
    }

    @Test
    void backsOffForTheApplicationsClientAndManagesItsLifecycle() {
        withMissingCli().withUserConfiguration(UserClientConfiguration.class)
                .run(context -> {
                    assertThat(context).hasSingleBean(CopilotClient.class).hasBean("userClient")
                            .hasSingleBean(CopilotClientLifecycle.class).hasSingleBean(CopilotSessionFactory.class);
                    assertThat(context.getBean(CopilotClient.class).options().cliUrl()).isEqualTo("127.0.0.1:9");
                });
    }

    @Test
    void backsOffForTheApplicationsLifecycle() {
        withMissingCli().withUserConfiguration(UserLifecycleConfiguration.class)
                .run(context -> assertThat(context).hasSingleBean(CopilotClientLifecycle.class)
                        .hasBean("userLifecycle"));
    }

    @Test
    void withTwoClientsNeitherIsManagedNorUsedForSessions() {
        withMissingCli().withUserConfiguration(TwoClientsConfiguration.class)
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(CopilotClientLifecycle.class)
                        .doesNotHaveBean(CopilotSessionFactory.class));
    }

    @Test
    void anEagerStartUpFailsWhenTheCliCannotBeFound() {
        withMissingCli().withPropertyValues("copilot.cli.startup=eager")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause()
                        .isInstanceOf(CliNotFoundException.class)
                        .hasMessageContaining(directory.resolve("missing-copilot") + " does not exist"));
    }

    @Test
    void aLazyStartUpDoesNotWaitForTheCliAndLeavesTheFailureForLater() {
        withMissingCli().run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(CopilotClientLifecycle.class).isRunning()).isTrue();
            CopilotClient client = context.getBean(CopilotClient.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> client.state() == ConnectionState.FAILED);
        });
    }

    @Test
    void stopsTheClientWithTheContext() {
        withMissingCli().run(context -> {
            CopilotClient client = context.getBean(CopilotClient.class);
            CopilotClientLifecycle lifecycle = context.getBean(CopilotClientLifecycle.class);

            context.stop();

            assertThat(lifecycle.isRunning()).isFalse();
            await().atMost(Duration.ofSeconds(10)).until(() -> client.state() == ConnectionState.DISCONNECTED);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomizerConfiguration {

        @Bean
        @Order(2)
        CopilotClientOptionsCustomizer later() {
            return options -> options.requestTimeout(Duration.ofSeconds(20));
        }

        @Bean
        @Order(1)
        CopilotClientOptionsCustomizer earlier() {
            return options -> options.requestTimeout(Duration.ofSeconds(10)).logLevel(LogLevel.ERROR);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserClientConfiguration {

        @Bean(destroyMethod = "close")
        CopilotClient userClient() {
            return new CopilotClient(CopilotClientOptions.builder().cliUrl("127.0.0.1:9").build());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserLifecycleConfiguration {

        @Bean
        CopilotClientLifecycle userLifecycle(CopilotClient client) {
            return new CopilotClientLifecycle(client, StartupMode.LAZY, null);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoClientsConfiguration {

        @Bean(destroyMethod = "close")
        CopilotClient firstClient() {
            return new CopilotClient(CopilotClientOptions.builder().cliUrl("127.0.0.1:9").build());
        }

        @Bean(destroyMethod = "close")
        CopilotClient secondClient() {
            return new CopilotClient(CopilotClientOptions.builder().cliUrl("127.0.0.1:9").build());
        }
    }
}
