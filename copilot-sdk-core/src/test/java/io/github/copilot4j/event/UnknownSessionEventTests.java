package io.github.copilot4j.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

class UnknownSessionEventTests {

    private static final EventEnvelope ENVELOPE = new EventEnvelope("e-1", Instant.EPOCH, null, false, null);

    @Test
    void parsesLazyDataOnceOnFirstRead() {
        AtomicInteger parses = new AtomicInteger();
        UnknownSessionEvent event = new UnknownSessionEvent(ENVELOPE, "system.message", () -> {
            parses.incrementAndGet();
            return JsonNodeFactory.instance.objectNode().put("content", "large");
        });

        assertThat(event.type()).isEqualTo("system.message");
        assertThat(parses).hasValue(0);
        JsonNode first = event.data();
        JsonNode second = event.data();

        assertThat(first.get("content").stringValue()).isEqualTo("large");
        assertThat(second).isSameAs(first);
        assertThat(parses).hasValue(1);
    }

    @Test
    void equalsComparesTheDataWhetherParsedLazilyOrNot() {
        JsonNode data = JsonNodeFactory.instance.objectNode().put("turn", 1);
        UnknownSessionEvent eager = new UnknownSessionEvent(ENVELOPE, "model.turn_started", data);
        UnknownSessionEvent lazy = new UnknownSessionEvent(ENVELOPE, "model.turn_started", data::deepCopy);
        UnknownSessionEvent other = new UnknownSessionEvent(ENVELOPE, "model.turn_started",
                JsonNodeFactory.instance.objectNode().put("turn", 2));

        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager).isNotEqualTo(other);
        assertThat(lazy.toString()).contains("model.turn_started", "\"turn\":1");
    }
}
