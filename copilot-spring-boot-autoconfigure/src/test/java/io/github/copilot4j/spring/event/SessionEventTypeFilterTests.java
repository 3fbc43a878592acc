package io.github.copilot4j.spring.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.copilot4j.spring.TestEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionEventTypeFilterTests {

    @Test
    void emptySelectionAcceptsEveryEvent() {
        SessionEventTypeFilter filter = SessionEventTypeFilter.of(List.of());

        assertThat(filter.test(TestEvents.idle(false))).isTrue();
        assertThat(filter.test(TestEvents.assistantMessage("hi"))).isTrue();
    }

    @Test
    void acceptsWireTypesAndSimpleClassNames() {
        SessionEventTypeFilter filter = SessionEventTypeFilter.of(List.of("assistant.message", " SessionIdleEvent "));

        assertThat(filter.test(TestEvents.assistantMessage("hi"))).isTrue();
        assertThat(filter.test(TestEvents.idle(false))).isTrue();
        assertThat(filter.test(TestEvents.userMessage("hello"))).isFalse();
        assertThat(filter.test(TestEvents.abort())).isFalse();
    }

    @Test
    void rejectsBlankEntries() {
        assertThatIllegalArgumentException().isThrownBy(() -> SessionEventTypeFilter.of(List.of("abort", " ")))
                .withMessageContaining("copilot.events.types");
    }
}
