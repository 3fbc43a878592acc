package io.github.copilot4j.spring.autoconfigure;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotClientOptions;
import io.github.copilot4j.RestartPolicy;
import io.github.copilot4j.cli.CliInstaller;
import io.github.copilot4j.spring.client.CopilotClientLifecycle;
import io.github.copilot4j.spring.client.CopilotClientOptionsCustomizer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@link CopilotClient} from the {@code copilot.cli.*} and {@code copilot.auth.*}
 * properties, and of the {@link CopilotClientLifecycle} that starts and stops it with the application context.
 */
@AutoConfiguration
@ConditionalOnClass(CopilotClient.class)
@ConditionalOnBooleanProperty(name = "copilot.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CopilotProperties.class)
public final class CopilotClientAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    CopilotClient copilotClient(CopilotProperties properties,
            ObjectProvider<CopilotClientOptionsCustomizer> customizers) {
        CopilotClientOptions.Builder options = clientOptions(properties);
        customizers.orderedStream().forEach(customizer -> customizer.customize(options));
        try {
            return new CopilotClient(options.build());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid copilot.cli or copilot.auth settings: " + e.getMessage(), e);
        }
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(CopilotClient.class)
    CopilotClientLifecycle copilotClientLifecycle(CopilotClient client, CopilotProperties properties) {
        CopilotProperties.Cli cli = properties.getCli();
        return new CopilotClientLifecycle(client, cli.getStartup(), cli.isInstall() ? new CliInstaller() : null);
    }

    private static CopilotClientOptions.Builder clientOptions(CopilotProperties properties) {
        CopilotProperties.Cli cli = properties.getCli();
        CopilotProperties.Auth auth = properties.getAuth();
        return CopilotClientOptions.builder()
                .cliPath(cli.getPath())
                .cliUrl(cli.getUrl())
                .useStdio(cli.isUseStdio())
                .port(cli.getPort())
                .logLevel(cli.getLogLevel())
                .copilotHome(cli.getHome())
                .workingDirectory(cli.getWorkingDirectory())
                .environment(cli.getEnv())
                .inheritEnvironment(cli.isInheritEnvironment())
                .cliArgs(cli.getArgs())
                .requestTimeout(cli.getRequestTimeout())
                .startTimeout(cli.getStartTimeout())
                .restartPolicy(restartPolicy(cli.getRestart()))
                .gitHubToken(auth.getGithubToken())
                .useLoggedInUser(auth.getUseLoggedInUser());
    }

    private static @Nullable RestartPolicy restartPolicy(CopilotProperties.Cli.Restart restart) {
        if (!restart.isEnabled()) {
            return null;
        }
        try {
            return new RestartPolicy(restart.getMaxAttempts(), restart.getInitialBackoff(), restart.getMaxBackoff());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid copilot.cli.restart settings: " + e.getMessage(), e);
        }
    }
}
