package io.github.copilot4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.github.copilot4j.spring.tool.AnnotatedToolRegistry;
import io.github.copilot4j.spring.tool.CopilotToolRegistry;
import io.github.copilot4j.spring.tool.CopilotToolTags;
import io.github.copilot4j.spring.tool.SanitizingToolExceptionHandler;
import io.github.copilot4j.spring.tool.ToolExceptionHandler;
import io.github.copilot4j.tool.CopilotTool;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.ToolInvocation;
import io.github.copilot4j.tool.ToolResult;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.EnableAspectJAutoProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.SimpleTransactionStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

class CopilotToolAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CopilotToolAutoConfiguration.class));

    @Test
    void makesToolsOfTheMethodsOfBeanMethodBeans() {
        contextRunner.withUserConfiguration(WeatherConfiguration.class).run(context -> {
            assertThat(context).hasSingleBean(AnnotatedToolRegistry.class);
            CopilotToolRegistry registry = context.getBean(CopilotToolRegistry.class);

            assertThat(registry.toolNames()).containsExactly("weather");
            ToolDefinition tool = registry.tools().get(0);
            assertThat(tool.description()).isEqualTo("The weather of a city");
            assertThat(tool.parameters().path("properties").has("city")).isTrue();
            assertThat(call(registry, "weather", "{\"city\":\"Paris\"}")).isEqualTo("Sunny in Paris");
        });
    }

    @Test
    void makesToolsOfTheMethodsOfBeansRegisteredByClass() {
        contextRunner.withBean(WeatherTools.class).run(context -> assertThat(call(context.getBean(
                CopilotToolRegistry.class), "weather", "{\"city\":\"Oslo\"}")).isEqualTo("Sunny in Oslo"));
    }

    @Test
    void invokesToolsThroughTheProxySoAspectsApply() {
        contextRunner.withUserConfiguration(WeatherConfiguration.class, CountingAspectConfiguration.class)
                .run(context -> {
                    assertThat(AopUtils.isAopProxy(context.getBean(WeatherTools.class))).isTrue();

                    Object result = call(context.getBean(CopilotToolRegistry.class), "weather",
                            "{\"city\":\"Rome\"}");

                    assertThat(result).isEqualTo("Sunny in Rome");
                    assertThat(context.getBean(CountingAspect.class).calls).hasValue(1);
                });
    }

    @Test
    void runsTransactionalToolsInATransaction() {
        contextRunner.withUserConfiguration(TransactionalConfiguration.class).run(context -> {
            RecordingTransactionManager transactions = context.getBean(RecordingTransactionManager.class);

            Object result = call(context.getBean(CopilotToolRegistry.class), "book", "{\"room\":\"12\"}");

            assertThat(result).isEqualTo("Booked 12");
            assertThat(transactions.begun).hasValue(1);
            assertThat(transactions.committed).hasValue(1);
        });
    }

    @Test
    void findsToolsDeclaredOnAnInterfaceOfAJdkProxy() {
        contextRunner.withUserConfiguration(InterfaceTransactionalConfiguration.class).run(context -> {
            assertThat(AopUtils.isJdkDynamicProxy(context.getBean(Greeter.class))).isTrue();

            Object result = call(context.getBean(CopilotToolRegistry.class), "greet", "{\"name\":\"Ada\"}");

            assertThat(result).isEqualTo("Hello Ada");
            assertThat(context.getBean(RecordingTransactionManager.class).committed).hasValue(1);
        });
    }

    @Test
    void findsToolsDeclaredOnASuperclassAndRunsTheOverride() {
        contextRunner.withBean(LoudGreeting.class).run(context -> assertThat(call(context.getBean(
                CopilotToolRegistry.class), "hello", "{}")).isEqualTo("HELLO"));
    }

    @Test
    void failsOnTwoToolsWithTheSameNameNamingBoth() {
        contextRunner.withUserConfiguration(WeatherConfiguration.class)
                .withBean("otherWeather", OtherWeatherTools.class)
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("'weather'")
                        .hasStackTraceContaining(WeatherTools.class.getName()
                                + ".weather(String) of bean 'weatherTools'")
                        .hasStackTraceContaining(OtherWeatherTools.class.getName()
                                + ".forecast(String) of bean 'otherWeather'"));
    }

    @Test
    void awaitsAMonoResult() {
        contextRunner.withBean(ReactiveTools.class).run(context -> {
            Object pending = call(context.getBean(CopilotToolRegistry.class), "weather", "{\"city\":\"Oslo\"}");

            assertThat(((CompletionStage<?>) pending).toCompletableFuture().get()).isEqualTo("Snow in Oslo");
        });
    }

    @Test
    void failsOnAToolReturningAFlux() {
        contextRunner.withBean(StreamingTools.class).run(context -> assertThat(context).hasFailed().getFailure()
                .hasStackTraceContaining("emits many values").hasStackTraceContaining("collectList"));
    }

    @Test
    void selectsToolsByNameOrTag() {
        contextRunner.withBean(WeatherTools.class).withBean(TaggedTools.class).run(context -> {
            CopilotToolRegistry registry = context.getBean(CopilotToolRegistry.class);

            assertThat(names(registry.select(List.of("travel")))).containsExactly("flights", "hotels");
            assertThat(names(registry.select(List.of("booking")))).containsExactly("hotels");
            assertThat(names(registry.select(List.of("weather", "booking")))).containsExactly("weather", "hotels");
            assertThatIllegalArgumentException().isThrownBy(() -> registry.select(List.of("trains")))
                    .withMessageContaining("'trains'").withMessageContaining("[booking, travel]");
        });
    }

    @Test
    void bindsAndDescribesArgumentsWithTheApplicationsJsonMapper() {
        contextRunner.withBean(JsonMapper.class, () -> JsonMapper.builder()
                        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build())
                .withBean(TripTools.class)
                .run(context -> {
                    CopilotToolRegistry registry = context.getBean(CopilotToolRegistry.class);
                    assertThat(registry.tools().get(0).parameters().path("properties").path("trip")
                            .path("properties").has("home_city")).isTrue();
                    assertThat(call(registry, "plan", "{\"trip\":{\"home_city\":\"Lyon\"}}"))
                            .isEqualTo("{\"home_city\":\"Lyon\"}");
                });
    }

    @Test
    void turnsExceptionsIntoSanitizedFailures() {
        contextRunner.withBean(FailingTools.class).run(context -> {
            CopilotToolRegistry registry = context.getBean(CopilotToolRegistry.class);

            assertThat(call(registry, "lookup", "{\"id\":\"42\"}")).isEqualTo(
                    ToolResult.failure("Tool 'lookup' failed (SQLException)"));
            assertThat(call(registry, "validate", "{\"id\":\"x\"}")).isEqualTo(
                    ToolResult.failure("id must be a number"));
            assertThat(call(registry, "validate", "{}")).asInstanceOf(type(ToolResult.class))
                    .satisfies(result -> assertThat(result.textResultForLlm())
                            .contains("'validate'").contains("'id'").doesNotContain("\n"));
        });
    }

    @Test
    void turnsFailedFuturesIntoFailures() throws Exception {
        contextRunner.withBean(FailingTools.class).run(context -> {
            Object pending = call(context.getBean(CopilotToolRegistry.class), "later", "{}");

            assertThat(((CompletionStage<?>) pending).toCompletableFuture().get())
                    .isEqualTo(ToolResult.failure("Tool 'later' failed (SQLException)"));
        });
    }

    @Test
    void usesTheApplicationsExceptionHandler() {
        ToolExceptionHandler handler = (invocation, exception) -> ToolResult.failure("sorry");
        contextRunner.withBean(FailingTools.class).withBean(ToolExceptionHandler.class, () -> handler)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(SanitizingToolExceptionHandler.class);
                    assertThat(call(context.getBean(CopilotToolRegistry.class), "lookup", "{\"id\":\"1\"}"))
                            .isEqualTo(ToolResult.failure("sorry"));
                });
    }

    @Test
    void awaitsCompletableFutureResults() throws Exception {
        contextRunner.withBean(FailingTools.class).run(context -> {
            Object pending = call(context.getBean(CopilotToolRegistry.class), "soon", "{}");

            assertThat(((CompletionStage<?>) pending).toCompletableFuture().get()).isEqualTo("done");
        });
    }

    @Test
    void backsOffWhenScanningIsDisabled() {
        contextRunner.withPropertyValues("copilot.tools.scan=false").withUserConfiguration(WeatherConfiguration.class)
                .run(context -> assertThat(context).doesNotHaveBean(CopilotToolRegistry.class));
    }

    @Test
    void backsOffWhenCopilotIsDisabled() {
        contextRunner.withPropertyValues("copilot.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(CopilotToolRegistry.class));
    }

    @Test
    void backsOffFromTheApplicationsRegistry() {
        CopilotToolRegistry custom = new CopilotToolRegistry() {
            @Override
            public List<ToolDefinition> tools() {
                return List.of();
            }

            @Override
            public List<ToolDefinition> select(java.util.Collection<String> namesOrTags) {
                return List.of();
            }

            @Override
            public java.util.Set<String> toolNames() {
                return java.util.Set.of();
            }
        };
        contextRunner.withBean(CopilotToolRegistry.class, () -> custom)
                .run(context -> assertThat(context.getBean(CopilotToolRegistry.class)).isSameAs(custom));
    }

    private static Object call(CopilotToolRegistry registry, String tool, String arguments) {
        try {
            return registry.tools().stream().filter(definition -> definition.name().equals(tool)).findFirst()
                    .orElseThrow().handler()
                    .handle(new ToolInvocation("session-1", "call-1", tool, JsonMapper.shared().readTree(arguments)));
        } catch (Exception e) {
            throw new AssertionError("The tool threw instead of answering", e);
        }
    }

    private static List<String> names(List<ToolDefinition> tools) {
        return tools.stream().map(ToolDefinition::name).toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class WeatherConfiguration {

        @Bean
        WeatherTools weatherTools() {
            return new WeatherTools();
        }
    }

    static class WeatherTools {

        @CopilotTool(description = "The weather of a city")
        public String weather(String city) {
            return "Sunny in " + city;
        }
    }

    static class OtherWeatherTools {

        @CopilotTool(name = "weather")
        public String forecast(String city) {
            return "Rain in " + city;
        }
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @CopilotToolTags("travel")
    @interface TravelTools {
    }

    @TravelTools
    static class TaggedTools {

        @CopilotTool
        public String flights() {
            return "none";
        }

        @CopilotTool
        @CopilotToolTags("booking")
        public String hotels() {
            return "none";
        }
    }

    record Trip(String homeCity) {
    }

    static class TripTools {

        @CopilotTool
        public Trip plan(Trip trip) {
            return trip;
        }
    }

    static class FailingTools {

        @CopilotTool
        public String lookup(String id) throws SQLException {
            throw new SQLException("SELECT * FROM customers WHERE secret = 'hunter2'");
        }

        @CopilotTool
        public String validate(String id) {
            throw new IllegalArgumentException("id must be a number\n\tat some.Frame(Frame.java:1)");
        }

        @CopilotTool
        public CompletableFuture<String> later() {
            return CompletableFuture.failedFuture(new SQLException("connection refused for user admin"));
        }

        @CopilotTool
        public CompletableFuture<String> soon() {
            return CompletableFuture.supplyAsync(() -> "done");
        }
    }

    static class ReactiveTools {

        @CopilotTool
        public Mono<String> weather(String city) {
            return Mono.just("Snow in " + city).delayElement(Duration.ofMillis(20));
        }
    }

    static class StreamingTools {

        @CopilotTool
        public Flux<String> forecast(String city) {
            return Flux.just("Rain", "Sun");
        }
    }

    static class Greeting {

        @CopilotTool
        public String hello() {
            return "hello";
        }
    }

    static class LoudGreeting extends Greeting {

        @Override
        public String hello() {
            return "HELLO";
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAspectJAutoProxy
    static class CountingAspectConfiguration {

        @Bean
        CountingAspect countingAspect() {
            return new CountingAspect();
        }
    }

    @Aspect
    static class CountingAspect {

        final AtomicInteger calls = new AtomicInteger();

        @Around("execution(* *..CopilotToolAutoConfigurationTests.WeatherTools.*(..))")
        Object count(ProceedingJoinPoint call) throws Throwable {
            calls.incrementAndGet();
            return call.proceed();
        }
    }

    static class BookingTools {

        @Transactional
        @CopilotTool
        public String book(String room) {
            return "Booked " + room;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement(proxyTargetClass = true)
    static class TransactionalConfiguration {

        @Bean
        RecordingTransactionManager transactionManager() {
            return new RecordingTransactionManager();
        }

        @Bean
        BookingTools bookingTools() {
            return new BookingTools();
        }
    }

    interface Greeter {

        @CopilotTool
        String greet(String name);
    }

    static class TransactionalGreeter implements Greeter {

        @Override
        @Transactional
        public String greet(String name) {
            return "Hello " + name;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement(proxyTargetClass = false)
    static class InterfaceTransactionalConfiguration {

        @Bean
        RecordingTransactionManager transactionManager() {
            return new RecordingTransactionManager();
        }

        @Bean
        Greeter greeter() {
            return new TransactionalGreeter();
        }
    }

    static class RecordingTransactionManager implements PlatformTransactionManager {

        final AtomicInteger begun = new AtomicInteger();
        final AtomicInteger committed = new AtomicInteger();

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            begun.incrementAndGet();
            return new SimpleTransactionStatus(true);
        }

        @Override
        public void commit(TransactionStatus status) {
            committed.incrementAndGet();
        }

        @Override
        public void rollback(TransactionStatus status) {
        }
    }
}
