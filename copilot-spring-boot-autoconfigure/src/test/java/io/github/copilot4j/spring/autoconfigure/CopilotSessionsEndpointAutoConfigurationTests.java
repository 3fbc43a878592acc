package io.github.copilot4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.spring.actuate.CopilotSessionsEndpoint;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CopilotSessionsEndpointAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CopilotSessionsEndpointAutoConfiguration.class))
            .withBean(CopilotClient.class, CopilotHealthContributorAutoConfigurationTests::client);

    @Test
    void providesTheEndpointOnceExposed() {
        contextRunner.withPropertyValues("management.endpoints.web.exposure.include=copilotsessions")
                .run(context -> assertThat(context).hasSingleBean(CopilotSessionsEndpoint.class));
    }

    @Test
    void backsOffWhileNotExposed() {
        contextRunner.run(context -> assertThat(context).doesNotHaveBean(CopilotSessionsEndpoint.class));
    }

    @Test
    void backsOffWhenDisabled() {
        contextRunner.withPropertyValues("management.endpoints.web.exposure.include=copilotsessions",
                        "management.endpoint.copilotsessions.access=NONE")
                .run(context -> assertThat(context).doesNotHaveBean(CopilotSessionsEndpoint.class));
    }

    @Test
    void backsOffWithoutActuator() {
        contextRunner.withPropertyValues("management.endpoints.web.exposure.include=copilotsessions")
                .withClassLoader(new FilteredClassLoader(Endpoint.class))
                .run(context -> assertThat(context).doesNotHaveBean(CopilotSessionsEndpoint.class));
    }
}
