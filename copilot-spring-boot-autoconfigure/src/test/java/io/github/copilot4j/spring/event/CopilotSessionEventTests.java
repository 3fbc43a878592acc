package io.github.copilot4j.spring.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.UserMessageEvent;
import io.github.copilot4j.spring.TestEvents;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.ResolvableType;

class CopilotSessionEventTests {

    @Test
    void genericTypeIsTheClassOfTheSessionEvent() {
        AssistantMessageEvent message = TestEvents.assistantMessage("hi");
        CopilotSessionEvent<SessionEvent> event = new CopilotSessionEvent<>("s1", message);

        ResolvableType type = event.getResolvableType();

        assertThat(type.resolve()).isEqualTo(CopilotSessionEvent.class);
        assertThat(type.getGeneric(0).resolve()).isEqualTo(AssistantMessageEvent.class);
        assertThat(ResolvableType.forClassWithGenerics(CopilotSessionEvent.class, AssistantMessageEvent.class)
                .isAssignableFrom(type)).isTrue();
        assertThat(ResolvableType.forClassWithGenerics(CopilotSessionEvent.class, UserMessageEvent.class)
                .isAssignableFrom(type)).isFalse();
        assertThat(ResolvableType.forType(new ParameterizedTypeReference<CopilotSessionEvent<?>>() {
        }).isAssignableFrom(type)).isTrue();
    }

    @Test
    void carriesTheSessionIdAsSource() {
        AssistantMessageEvent message = TestEvents.assistantMessage("hi");
        CopilotSessionEvent<AssistantMessageEvent> event = new CopilotSessionEvent<>("s1", message);

        assertThat(event.getSource()).isEqualTo("s1");
        assertThat(event.sessionId()).isEqualTo("s1");
        assertThat(event.event()).isSameAs(message);
        assertThat(event).hasToString("CopilotSessionEvent[session=s1, type=assistant.message]");
    }
}
