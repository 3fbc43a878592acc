package io.github.copilot4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.spring.actuate.CopilotInfoContributor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CopilotInfoContributorAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CopilotInfoContributorAutoConfiguration.class))
            .withBean(CopilotClient.class, CopilotHealthContributorAutoConfigurationTests::client);

    @Test
    void contributesInformationAboutTheClient() {
        contextRunner.run(context -> assertThat(context).hasSingleBean(CopilotInfoContributor.class));
    }

    @Test
    void backsOffWhenTheContributorIsDisabled() {
        contextRunner.withPropertyValues("management.info.copilot.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(CopilotInfoContributor.class));
    }

    @Test
    void backsOffWithoutActuator() {
        contextRunner.withClassLoader(new FilteredClassLoader(InfoContributor.class))
                .run(context -> assertThat(context).doesNotHaveBean(CopilotInfoContributor.class));
    }

    @Test
    void backsOffWithSeveralClients() {
        contextRunner
                .withBean("otherClient", CopilotClient.class, CopilotHealthContributorAutoConfigurationTests::client)
                .run(context -> assertThat(context).doesNotHaveBean(CopilotInfoContributor.class));
    }
}
