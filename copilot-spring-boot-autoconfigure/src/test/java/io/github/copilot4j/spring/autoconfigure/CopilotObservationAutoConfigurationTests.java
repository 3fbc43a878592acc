package io.github.copilot4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import brave.Tracing;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotClientOptions;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionEventListener;
import io.github.copilot4j.spring.TestEvents;
import io.github.copilot4j.spring.client.CopilotClientOptionsCustomizer;
import io.github.copilot4j.spring.observation.ActiveSessionsMeterBinder;
import io.github.copilot4j.spring.observation.MicrometerTraceContextPropagator;
import io.github.copilot4j.spring.observation.SessionObservationCustomizer;
import io.github.copilot4j.spring.observation.TokenUsageCustomizer;
import io.github.copilot4j.spring.observation.TokenUsageMetrics;
import io.github.copilot4j.spring.observation.TurnMeterObservationHandler;
import io.github.copilot4j.spring.session.CopilotSessionFactory;
import io.github.copilot4j.spring.session.SessionConfigCustomizer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.brave.bridge.BraveBaggageManager;
import io.micrometer.tracing.brave.bridge.BraveCurrentTraceContext;
import io.micrometer.tracing.brave.bridge.BravePropagator;
import io.micrometer.tracing.brave.bridge.BraveTracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class CopilotObservationAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CopilotObservationAutoConfiguration.class));

    @Test
    void observesSessionsWithTheApplicationsRegistry() {
        contextRunner.withBean(ObservationRegistry.class, TestObservationRegistry::create).run(context -> {
            assertThat(context).hasSingleBean(SessionObservationCustomizer.class)
                    .doesNotHaveBean(TurnMeterObservationHandler.class)
                    .doesNotHaveBean(TokenUsageCustomizer.class)
                    .doesNotHaveBean(CopilotClientOptionsCustomizer.class);
            playTurn(context);
            TestObservationRegistry registry = (TestObservationRegistry) context.getBean(ObservationRegistry.class);
            io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat(registry)
                    .hasObservationWithNameEqualTo("gen_ai.client.operation").that().hasBeenStopped();
        });
    }

    @Test
    void observesWithANoopRegistryWhenTheApplicationHasNone() {
        contextRunner.run(context -> {
            assertThat(context).hasSingleBean(SessionObservationCustomizer.class);
            playTurn(context);
        });
    }

    @Test
    void recordsMetricsWithBootsObservationAndMetricsSupport() {
        contextRunner.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
                        MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
                        SimpleMetricsExportAutoConfiguration.class))
                .withBean(CopilotClient.class, CopilotObservationAutoConfigurationTests::unstartedClient)
                .run(context -> {
                    assertThat(context).hasSingleBean(TurnMeterObservationHandler.class)
                            .hasSingleBean(TokenUsageMetrics.class)
                            .hasSingleBean(TokenUsageCustomizer.class)
                            .hasSingleBean(ActiveSessionsMeterBinder.class);
                    playTurn(context);
                    MeterRegistry meters = context.getBean(MeterRegistry.class);

                    assertThat(meters.get("gen_ai.client.operation.duration")
                            .tag("gen_ai.operation.name", "invoke_agent")
                            .tag("gen_ai.provider.name", "github-copilot")
                            .tag("gen_ai.request.model", "gpt-5")
                            .tag("outcome", "success")
                            .tag("error.type", "none")
                            .timer().count()).isEqualTo(1);
                    assertThat(meters.find("gen_ai.client.operation").timer()).isNull();
                    assertThat(meters.get("gen_ai.client.token.usage").tag("gen_ai.token.type", "input")
                            .tag("gen_ai.request.model", "gpt-5").summary().totalAmount()).isEqualTo(12);
                    assertThat(meters.get("gen_ai.client.token.usage").tag("gen_ai.token.type", "output")
                            .summary().totalAmount()).isEqualTo(3);
                    assertThat(meters.get("copilot.sessions.active").gauge().value()).isZero();
                });
    }

    @Test
    void recordsNoMetersWithoutMicrometerCore() {
        contextRunner.withClassLoader(new FilteredClassLoader("io.micrometer.core"))
                .withBean(ObservationRegistry.class, TestObservationRegistry::create)
                .run(context -> assertThat(context).hasSingleBean(SessionObservationCustomizer.class)
                        .doesNotHaveBean(TurnMeterObservationHandler.class)
                        .doesNotHaveBean(TokenUsageCustomizer.class));
    }

    @Test
    void backsOffWithoutMicrometerObservation() {
        contextRunner.withClassLoader(new FilteredClassLoader(ObservationRegistry.class))
                .run(context -> assertThat(context).doesNotHaveBean(SessionObservationCustomizer.class));
    }

    @Test
    void backsOffWhenCopilotIsDisabled() {
        contextRunner.withPropertyValues("copilot.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(SessionObservationCustomizer.class));
    }

    @Test
    void usesTheApplicationsCustomizer() {
        SessionObservationCustomizer custom = new SessionObservationCustomizer(ObservationRegistry.NOOP, null, null,
                null, false);
        contextRunner.withBean(SessionObservationCustomizer.class, () -> custom)
                .run(context -> assertThat(context.getBean(SessionObservationCustomizer.class)).isSameAs(custom));
    }

    @Test
    void warnsWhenContentIsIncluded(CapturedOutput output) {
        contextRunner.withPropertyValues("copilot.observations.include-content=true").run(context -> {
            assertThat(context).hasSingleBean(SessionObservationCustomizer.class);
            assertThat(output).contains("copilot.observations.include-content=true");
        });
    }

    @Test
    void doesNotWarnByDefault(CapturedOutput output) {
        contextRunner.run(context -> assertThat(output).doesNotContain("include-content"));
    }

    @Test
    void propagatesTheTraceContextWithMicrometerTracing() {
        Tracing tracing = Tracing.newBuilder().build();
        try {
            contextRunner.withBean(Tracer.class, () -> new BraveTracer(tracing.tracer(),
                            new BraveCurrentTraceContext(tracing.currentTraceContext()), new BraveBaggageManager()))
                    .withBean(Propagator.class, () -> new BravePropagator(tracing))
                    .run(context -> {
                        CopilotClientOptions.Builder options = CopilotClientOptions.builder();
                        context.getBean(CopilotClientOptionsCustomizer.class).customize(options);
                        assertThat(options.build().traceContextPropagator())
                                .isInstanceOf(MicrometerTraceContextPropagator.class);
                    });
        } finally {
            tracing.close();
        }
    }

    @Test
    void propagatesNoTraceContextWithoutMicrometerTracing() {
        contextRunner.withClassLoader(new FilteredClassLoader(Tracer.class))
                .withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> assertThat(context).doesNotHaveBean(CopilotClientOptionsCustomizer.class)
                        .hasSingleBean(TokenUsageCustomizer.class));
    }

    /** Plays one turn through every session customizer, as the session factory applies them. */
    private static void playTurn(AssertableApplicationContext context) {
        SessionConfig config = SessionConfig.builder().sessionId("session-1").model("gpt-5").build();
        for (SessionConfigCustomizer customizer : context.getBeanProvider(SessionConfigCustomizer.class)
                .orderedStream().toList()) {
            config = customizer.customize(CopilotSessionFactory.DEFAULT_PROFILE, config);
        }
        SessionEventListener<SessionEvent> session = config.onEvent();
        session.onEvent(TestEvents.userMessage("What is 2+2?"));
        session.onEvent(TestEvents.turnStart("gpt-5"));
        session.onEvent(TestEvents.usage("gpt-5", 12, 3));
        session.onEvent(TestEvents.assistantMessage("4"));
        session.onEvent(TestEvents.idle(false));
    }

    private static CopilotClient unstartedClient() {
        return new CopilotClient(CopilotClientOptions.builder().cliPath(Path.of("/nonexistent/copilot")).build());
    }
}
