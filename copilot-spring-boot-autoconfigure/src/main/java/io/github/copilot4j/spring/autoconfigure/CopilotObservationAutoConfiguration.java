package io.github.copilot4j.spring.autoconfigure;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.spring.client.CopilotClientOptionsCustomizer;
import io.github.copilot4j.spring.observation.ActiveSessionsMeterBinder;
import io.github.copilot4j.spring.observation.HookObservationConvention;
import io.github.copilot4j.spring.observation.MicrometerTraceContextPropagator;
import io.github.copilot4j.spring.observation.SessionObservationCustomizer;
import io.github.copilot4j.spring.observation.TokenUsageCustomizer;
import io.github.copilot4j.spring.observation.TokenUsageMetrics;
import io.github.copilot4j.spring.observation.ToolCallObservationConvention;
import io.github.copilot4j.spring.observation.TurnMeterObservationHandler;
import io.github.copilot4j.spring.observation.TurnObservationConvention;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the Micrometer instrumentation of sessions: observations of turns, tool calls and hooks; the
 * {@code gen_ai.client.operation.duration} timer, {@code gen_ai.client.token.usage} summary and
 * {@code copilot.sessions.active} gauge when a {@link MeterRegistry} exists; and the propagation of Micrometer
 * Tracing's current span to the CLI when a {@link Tracer} exists. Content is recorded only with
 * {@code copilot.observations.include-content=true}.
 */
@AutoConfiguration(after = CopilotClientAutoConfiguration.class, afterName = {
    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration",
    "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration"})
@ConditionalOnClass({CopilotClient.class, ObservationRegistry.class})
@ConditionalOnBooleanProperty(name = "copilot.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CopilotProperties.class)
public final class CopilotObservationAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CopilotObservationAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    SessionObservationCustomizer copilotSessionObservationCustomizer(ObjectProvider<ObservationRegistry> registry,
            ObjectProvider<TurnObservationConvention> turnConvention,
            ObjectProvider<ToolCallObservationConvention> toolCallConvention,
            ObjectProvider<HookObservationConvention> hookConvention, CopilotProperties properties) {
        boolean includeContent = properties.getObservations().isIncludeContent();
        if (includeContent) {
            log.warn("Copilot observations include prompts, responses and tool arguments and results "
                    + "(copilot.observations.include-content=true); they may contain sensitive data");
        }
        return new SessionObservationCustomizer(registry.getIfUnique(() -> ObservationRegistry.NOOP),
                turnConvention.getIfUnique(), toolCallConvention.getIfUnique(), hookConvention.getIfUnique(),
                includeContent);
    }

    /** Meters, when Micrometer's meter registry is in use. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static final class MeterConfiguration {

        @Bean
        @ConditionalOnMissingBean
        TurnMeterObservationHandler copilotTurnMeterObservationHandler(MeterRegistry registry) {
            return new TurnMeterObservationHandler(registry);
        }

        @Bean
        @ConditionalOnMissingBean
        TokenUsageMetrics copilotTokenUsageMetrics(MeterRegistry registry) {
            return new TokenUsageMetrics(registry);
        }

        @Bean
        @ConditionalOnMissingBean
        TokenUsageCustomizer copilotTokenUsageCustomizer(TokenUsageMetrics metrics) {
            return new TokenUsageCustomizer(metrics);
        }

        @Bean
        @ConditionalOnMissingBean
        ActiveSessionsMeterBinder copilotActiveSessionsMeterBinder(ObjectProvider<CopilotClient> clients) {
            return new ActiveSessionsMeterBinder(clients::stream);
        }
    }

    /** Trace context for the CLI, when Micrometer Tracing is in use. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({Tracer.class, Propagator.class})
    @ConditionalOnBean({Tracer.class, Propagator.class})
    static final class TracingConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "copilotTraceContextPropagation")
        CopilotClientOptionsCustomizer copilotTraceContextPropagation(Tracer tracer, Propagator propagator) {
            MicrometerTraceContextPropagator traceContext = new MicrometerTraceContextPropagator(tracer, propagator);
            return options -> options.traceContextPropagator(traceContext);
        }
    }
}
