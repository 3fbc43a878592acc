package io.github.copilot4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotClientOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CopilotHealthContributorAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CopilotHealthContributorAutoConfiguration.class))
            .withBean("copilotClient", CopilotClient.class, CopilotHealthContributorAutoConfigurationTests::client);

    @Test
    void contributesTheHealthOfTheClient() {
        contextRunner.run(context -> {
            assertThat(context).hasBean("copilotHealthContributor");
            HealthContributor contributor = context.getBean("copilotHealthContributor", HealthContributor.class);
            assertThat(contributor).isInstanceOf(HealthIndicator.class);
            assertThat(((HealthIndicator) contributor).health().getStatus()).isEqualTo(Status.UNKNOWN);
        });
    }

    @Test
    void contributesOneIndicatorPerClient() {
        contextRunner
                .withBean("otherClient", CopilotClient.class, CopilotHealthContributorAutoConfigurationTests::client)
                .run(context -> assertThat(context.getBean("copilotHealthContributor"))
                        .isInstanceOfSatisfying(CompositeHealthContributor.class, composite -> assertThat(composite
                                .stream().map(entry -> entry.name())).containsExactlyInAnyOrder("copilotClient",
                                        "otherClient")));
    }

    @Test
    void backsOffWhenTheIndicatorIsDisabled() {
        contextRunner.withPropertyValues("management.health.copilot.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("copilotHealthContributor"));
    }

    @Test
    void backsOffWithoutSpringBootHealth() {
        contextRunner.withClassLoader(new FilteredClassLoader(ConditionalOnEnabledHealthIndicator.class))
                .run(context -> assertThat(context).doesNotHaveBean("copilotHealthContributor"));
    }

    @Test
    void backsOffWithoutAClient() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CopilotHealthContributorAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean("copilotHealthContributor"));
    }

    @Test
    void backsOffFromTheApplicationsIndicator() {
        HealthIndicator custom = () -> null;
        contextRunner.withBean("copilotHealthIndicator", HealthIndicator.class, () -> custom)
                .run(context -> assertThat(context).doesNotHaveBean("copilotHealthContributor"));
    }

    static CopilotClient client() {
        return new CopilotClient(CopilotClientOptions.builder().cliPath(Path.of("/nonexistent/copilot")).build());
    }
}
