package io.github.copilot4j.spring.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.spring.TestCliProperties;
import io.github.copilot4j.spring.autoconfigure.CopilotClientAutoConfiguration;
import io.github.copilot4j.spring.autoconfigure.CopilotEventsAutoConfiguration;
import io.github.copilot4j.spring.autoconfigure.CopilotSessionAutoConfiguration;
import io.github.copilot4j.spring.session.CopilotSessionFactory;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.ModelReply;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.event.EventListener;

/** Session events of a real CLI turn, received by {@code @EventListener} methods. */
class SessionEventPublisherIT {

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
    void listenersReceiveTheEventsOfTheirTypeInOrder() {
        environment.modelServer().enqueue(ModelReply.text("First answer."), ModelReply.text("Second answer."),
                ModelReply.text("Third answer."));
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CopilotClientAutoConfiguration.class,
                        CopilotSessionAutoConfiguration.class, CopilotEventsAutoConfiguration.class))
                .withPropertyValues(TestCliProperties.of(environment))
                .withBean(Listeners.class)
                .run(context -> {
                    CopilotSessionFactory factory = context.getBean(CopilotSessionFactory.class);
                    Listeners listeners = context.getBean(Listeners.class);
                    String sessionId;
                    try (CopilotSession session = factory.create()) {
                        sessionId = session.sessionId();
                        session.sendAndWait("One", factory.sendTimeout("default"));
                        session.sendAndWait("Two", factory.sendTimeout("default"));
                    }
                    List<CopilotSessionEvent<?>> created = List.copyOf(listeners.all);
                    try (CopilotSession resumed = factory.resume(sessionId)) {
                        resumed.sendAndWait("Three", factory.sendTimeout("default"));
                    }

                    assertThat(listeners.messages).containsExactly("First answer.", "Second answer.",
                            "Third answer.");
                    assertThat(created).allSatisfy(event -> assertThat(event.sessionId()).isEqualTo(sessionId));
                    List<CopilotSessionEvent<?>> afterResume = listeners.all.subList(created.size(),
                            listeners.all.size());
                    assertThat(afterResume).isNotEmpty()
                            .allSatisfy(event -> assertThat(event.sessionId()).isEqualTo(sessionId));
                    List<String> types = created.stream().map(event -> event.event().type()).toList();
                    assertThat(types).containsSubsequence("user.message", "assistant.message", "session.idle",
                            "user.message", "assistant.message", "session.idle");
                    assertThat(types.indexOf("session.start")).isZero();
                    assertThat(listeners.idle).hasSizeGreaterThanOrEqualTo(3);
                });
    }

    static class Listeners {

        final List<String> messages = new CopyOnWriteArrayList<>();
        final List<SessionIdleEvent> idle = new CopyOnWriteArrayList<>();
        final List<CopilotSessionEvent<?>> all = new CopyOnWriteArrayList<>();

        @EventListener
        void onMessage(CopilotSessionEvent<AssistantMessageEvent> event) {
            messages.add(event.event().content());
        }

        @EventListener
        void onIdle(CopilotSessionEvent<SessionIdleEvent> event) {
            idle.add(event.event());
        }

        @EventListener
        void onAny(CopilotSessionEvent<?> event) {
            all.add(event);
        }
    }
}
