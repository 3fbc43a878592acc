package io.github.copilot4j.spring.observation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.spring.TestCliProperties;
import io.github.copilot4j.spring.autoconfigure.CopilotClientAutoConfiguration;
import io.github.copilot4j.spring.autoconfigure.CopilotObservationAutoConfiguration;
import io.github.copilot4j.spring.autoconfigure.CopilotSessionAutoConfiguration;
import io.github.copilot4j.spring.autoconfigure.CopilotToolAutoConfiguration;
import io.github.copilot4j.spring.session.CopilotSessionFactory;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelReply;
import io.github.copilot4j.tool.CopilotTool;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Observations and metrics of a real CLI turn with a tool call. */
class SessionObservationIT {

    private CopilotTestEnvironment environment;

    @BeforeEach
    void createEnvironment() {
        environment = CopilotTestEnvironment.create();
    }

    @AfterEach
    void closeEnvironment() {
        environment.close();
    }

    @Test
    void aTurnWithAToolCallIsObservedAndMeasured() {
        environment.modelServer().enqueue(ModelReply.toolCall("weather", "{\"city\":\"Paris\"}"),
                ModelReply.text("It is sunny in Paris."));
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
                        MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
                        SimpleMetricsExportAutoConfiguration.class, CopilotClientAutoConfiguration.class,
                        CopilotSessionAutoConfiguration.class, CopilotToolAutoConfiguration.class,
                        CopilotObservationAutoConfiguration.class))
                .withPropertyValues(TestCliProperties.of(environment))
                .withPropertyValues("copilot.session.model=" + FakeModelServer.DEFAULT_MODEL)
                .withBean(TestObservationRegistry.class, TestObservationRegistry::create)
                .withBean(WeatherTools.class)
                .run(context -> {
                    CopilotSessionFactory factory = context.getBean(CopilotSessionFactory.class);
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    String sessionId;
                    try (CopilotSession session = factory.create()) {
                        sessionId = session.sessionId();
                        assertThat(meters.get("copilot.sessions.active").gauge().value()).isEqualTo(1);
                        assertThat(session.sendAndWait("Weather in Paris?", factory.sendTimeout("default"))
                                .orElseThrow().content()).isEqualTo("It is sunny in Paris.");
                    }

                    TestObservationRegistry observations = context.getBean(TestObservationRegistry.class);
                    TestObservationRegistryAssert.assertThat(observations)
                            .hasObservationWithNameEqualTo("gen_ai.client.operation").that()
                            .hasBeenStopped()
                            .hasLowCardinalityKeyValue("gen_ai.provider.name", "github-copilot")
                            .hasLowCardinalityKeyValue("gen_ai.request.model", FakeModelServer.DEFAULT_MODEL)
                            .hasLowCardinalityKeyValue("outcome", "success")
                            .hasHighCardinalityKeyValue("gen_ai.conversation.id", sessionId)
                            .doesNotHaveHighCardinalityKeyValueWithKey("gen_ai.prompt");
                    TestObservationRegistryAssert.assertThat(observations)
                            .hasObservationWithNameEqualTo("copilot.tool").that()
                            .hasBeenStopped()
                            .hasLowCardinalityKeyValue("gen_ai.tool.name", "weather")
                            .hasLowCardinalityKeyValue("outcome", "success");
                    assertThat(meters.get("gen_ai.client.operation.duration")
                            .tag("gen_ai.request.model", FakeModelServer.DEFAULT_MODEL)
                            .tag("outcome", "success").timer().count()).isEqualTo(1);
                    assertThat(meters.get("gen_ai.client.token.usage").tag("gen_ai.token.type", "input")
                            .summary().count()).isEqualTo(environment.modelServer().chatRequests().size());
                    assertThat(meters.get("gen_ai.client.token.usage").tag("gen_ai.token.type", "output")
                            .summary().totalAmount()).isPositive();
                    assertThat(meters.get("copilot.tool").tag("gen_ai.tool.name", "weather").timer().count())
                            .isEqualTo(1);
                    assertThat(meters.get("copilot.sessions.active").gauge().value()).isZero();
                });
    }

    static class WeatherTools {

        @CopilotTool(description = "The weather of a city")
        public String weather(String city) {
            return "Sunny in " + city;
        }
    }
}
