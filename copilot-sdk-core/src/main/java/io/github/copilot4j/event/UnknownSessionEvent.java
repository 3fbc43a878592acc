package io.github.copilot4j.event;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An event this SDK has no record for, or a known event whose data does not match its schema. Delivered so that
 * nothing the CLI sends is lost; listeners can read the raw {@link #data()}.
 *
 * <p>The CLI sends large events of types this SDK does not model (the system prompt, model snapshots); their data is
 * parsed on the first call to {@link #data()}, so listeners that never read it do not pay for it. Instances are
 * immutable and thread-safe; two events are equal when their envelope, type and data are.
 */
public final class UnknownSessionEvent implements SessionEvent {

    private final EventEnvelope envelope;
    private final String type;
    private @Nullable Supplier<JsonNode> parser;
    private volatile @Nullable JsonNode data;

    /**
     * @param envelope the fields every event carries
     * @param type the wire type as received (empty if the CLI sent none)
     * @param data the event's {@code data} as received; an empty object if the CLI sent none or {@code null}
     */
    public UnknownSessionEvent(EventEnvelope envelope, String type, JsonNode data) {
        this.envelope = Objects.requireNonNull(envelope, "envelope");
        this.type = Objects.requireNonNull(type, "type");
        this.data = Objects.requireNonNull(data, "data");
    }

    /**
     * An event whose data is parsed on first access.
     *
     * @param envelope the fields every event carries
     * @param type the wire type as received (empty if the CLI sent none)
     * @param data parses the event's {@code data}; called at most once, on the thread that first reads it
     */
    public UnknownSessionEvent(EventEnvelope envelope, String type, Supplier<JsonNode> data) {
        this.envelope = Objects.requireNonNull(envelope, "envelope");
        this.type = Objects.requireNonNull(type, "type");
        this.parser = Objects.requireNonNull(data, "data");
    }

    @Override
    public EventEnvelope envelope() {
        return envelope;
    }

    @Override
    public String type() {
        return type;
    }

    /** The event's {@code data} as received; an empty object if the CLI sent none or {@code null}. */
    public JsonNode data() {
        JsonNode parsed = data;
        if (parsed == null) {
            synchronized (this) {
                parsed = data;
                if (parsed == null) {
                    parsed = Objects.requireNonNull(Objects.requireNonNull(parser).get(), "parsed data");
                    data = parsed;
                    parser = null;
                }
            }
        }
        return parsed;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof UnknownSessionEvent event && envelope.equals(event.envelope)
                && type.equals(event.type) && data().equals(event.data());
    }

    @Override
    public int hashCode() {
        return Objects.hash(envelope, type, data());
    }

    @Override
    public String toString() {
        return "UnknownSessionEvent[envelope=" + envelope + ", type=" + type + ", data=" + data() + "]";
    }
}
