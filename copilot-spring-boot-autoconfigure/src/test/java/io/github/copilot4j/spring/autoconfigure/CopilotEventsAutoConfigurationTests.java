package io.github.copilot4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.copilot4j.ConnectionState;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotClientOptions;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.cli.CliNotFoundException;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionEventListener;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.spring.TestEvents;
import io.github.copilot4j.spring.event.ClientStateEventPublisher;
import io.github.copilot4j.spring.event.CopilotClientStateEvent;
import io.github.copilot4j.spring.event.CopilotSessionEvent;
import io.github.copilot4j.spring.event.SessionEventPublisher;
import io.github.copilot4j.spring.event.SessionEventPublishingCustomizer;
import io.github.copilot4j.spring.event.SessionEventTypeFilter;
import io.github.copilot4j.spring.session.CopilotSessionFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

class CopilotEventsAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CopilotEventsAutoConfiguration.class))
            .withUserConfiguration(ListenerConfiguration.class);

    @Test
    void publishesEveryEventToListenersOfItsType() {
        contextRunner.run(context -> {
            SessionEventListener<SessionEvent> session = sessionListener(context, SessionConfig.defaults());
            AssistantMessageEvent message = TestEvents.assistantMessage("4");
            session.onEvent(TestEvents.userMessage("2+2?"));
            session.onEvent(message);
            session.onEvent(TestEvents.idle(false));

            RecordingListener listener = context.getBean(RecordingListener.class);
            assertThat(listener.messages).containsExactly(message);
            assertThat(listener.all).extracting(event -> event.event().type())
                    .containsExactly("user.message", "assistant.message", "session.idle");
        });
    }

    @Test
    void publishesWithTheSessionIdOfTheConfiguration() {
        contextRunner.run(context -> {
            SessionConfig config = SessionConfig.builder().sessionId("session-1").build();
            SessionConfig customized = context.getBean(SessionEventPublishingCustomizer.class)
                    .customize(CopilotSessionFactory.DEFAULT_PROFILE, config);
            customized.onEvent().onEvent(TestEvents.idle(false));

            assertThat(customized.sessionId()).isEqualTo("session-1");
            assertThat(context.getBean(RecordingListener.class).all).singleElement()
                    .satisfies(event -> assertThat(event.sessionId()).isEqualTo("session-1"));
        });
    }

    @Test
    void learnsTheSessionIdOfASessionWithoutOneFromItsStartEvent() {
        contextRunner.run(context -> {
            SessionConfig customized = context.getBean(SessionEventPublishingCustomizer.class)
                    .customize(CopilotSessionFactory.DEFAULT_PROFILE, SessionConfig.defaults());
            customized.onEvent().onEvent(TestEvents.sessionStart("generated-1"));
            customized.onEvent().onEvent(TestEvents.idle(false));

            assertThat(customized.sessionId()).isNull();
            assertThat(context.getBean(RecordingListener.class).all).extracting(CopilotSessionEvent::sessionId)
                    .containsExactly("generated-1", "generated-1");
        });
    }

    @Test
    void keepsTheConfiguredListenerAndCallsItFirst() {
        contextRunner.run(context -> {
            List<String> calls = new CopyOnWriteArrayList<>();
            RecordingListener listener = context.getBean(RecordingListener.class);
            SessionConfig config = SessionConfig.builder()
                    .onEvent(event -> calls.add("configured, published so far: " + listener.all.size()))
                    .build();
            sessionListener(context, config).onEvent(TestEvents.idle(false));

            assertThat(calls).containsExactly("configured, published so far: 0");
            assertThat(listener.all).hasSize(1);
        });
    }

    @Test
    void publishesOnlyTheConfiguredTypes() {
        contextRunner.withPropertyValues("copilot.events.types=assistant.message,SessionIdleEvent").run(context -> {
            SessionEventListener<SessionEvent> session = sessionListener(context, SessionConfig.defaults());
            session.onEvent(TestEvents.userMessage("2+2?"));
            session.onEvent(TestEvents.assistantMessage("4"));
            session.onEvent(TestEvents.idle(false));

            assertThat(context.getBean(RecordingListener.class).all)
                    .<Class<?>>extracting(event -> event.event().getClass())
                    .containsExactly(AssistantMessageEvent.class, SessionIdleEvent.class);
        });
    }

    @Test
    void publishesTheStateChangesOfTheClient(@TempDir Path directory) {
        contextRunner.withBean(CopilotClient.class, () -> new CopilotClient(CopilotClientOptions.builder()
                        .cliPath(directory.resolve("missing-copilot")).build()))
                .run(context -> {
                    CopilotClient client = context.getBean(CopilotClient.class);
                    assertThatThrownBy(client::start).isInstanceOf(CliNotFoundException.class);

                    RecordingListener listener = context.getBean(RecordingListener.class);
                    await().atMost(Duration.ofSeconds(5)).until(() -> listener.states.size() == 2);
                    assertThat(listener.states).extracting(CopilotClientStateEvent::state)
                            .containsExactly(ConnectionState.CONNECTING, ConnectionState.FAILED);
                    assertThat(listener.states.get(1).previous()).isEqualTo(ConnectionState.CONNECTING);
                    assertThat(listener.states.get(1).cause()).isInstanceOf(CliNotFoundException.class);
                    assertThat(listener.states.get(1).client()).isSameAs(client);
                    assertThat(listener.states.get(1)).hasToString(
                            "CopilotClientStateEvent[CONNECTING -> FAILED, cause=CliNotFoundException]");
                });
    }

    @Test
    void backsOffWhenEventsAreDisabled() {
        contextRunner.withPropertyValues("copilot.events.enabled=false").run(context -> assertThat(context)
                .doesNotHaveBean(SessionEventPublisher.class)
                .doesNotHaveBean(SessionEventPublishingCustomizer.class)
                .doesNotHaveBean(ClientStateEventPublisher.class));
    }

    @Test
    void backsOffWhenCopilotIsDisabled() {
        contextRunner.withPropertyValues("copilot.enabled=false").run(context -> assertThat(context)
                .doesNotHaveBean(SessionEventPublishingCustomizer.class));
    }

    @Test
    void usesTheApplicationsPublisher() {
        contextRunner.withBean("customPublisher", SessionEventPublisher.class,
                () -> new SessionEventPublisher(event -> {
                }, SessionEventTypeFilter.all())).run(context -> {
                    assertThat(context).hasSingleBean(SessionEventPublisher.class)
                            .hasBean("customPublisher");
                    sessionListener(context, SessionConfig.defaults()).onEvent(TestEvents.idle(false));
                    assertThat(context.getBean(RecordingListener.class).all).isEmpty();
                });
    }

    private static SessionEventListener<SessionEvent> sessionListener(AssertableApplicationContext context,
            SessionConfig config) {
        return context.getBean(SessionEventPublishingCustomizer.class)
                .customize(CopilotSessionFactory.DEFAULT_PROFILE, config).onEvent();
    }

    @Configuration(proxyBeanMethods = false)
    static class ListenerConfiguration {

        @Bean
        RecordingListener recordingListener() {
            return new RecordingListener();
        }
    }

    static class RecordingListener {

        final List<AssistantMessageEvent> messages = new CopyOnWriteArrayList<>();
        final List<CopilotSessionEvent<?>> all = new CopyOnWriteArrayList<>();
        final List<CopilotClientStateEvent> states = new CopyOnWriteArrayList<>();

        @EventListener
        void onState(CopilotClientStateEvent event) {
            states.add(event);
        }

        @EventListener
        void onMessage(CopilotSessionEvent<AssistantMessageEvent> event) {
            messages.add(event.event());
        }

        @EventListener
        void onAny(CopilotSessionEvent<?> event) {
            all.add(event);
        }
    }
}
