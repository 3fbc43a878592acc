package io.github.copilot4j.event;

import tools.jackson.databind.JsonNode;

/**
 * An event this SDK has no record for, or a known event whose data does not match its schema. Delivered so that
 * nothing the CLI sends is lost; listeners can read the raw {@code data}.
 *
 * @param envelope the fields every event carries
 * @param type the wire type as received (empty if the CLI sent none)
 * @param data the event's {@code data} as received; an empty object if the CLI sent none or {@code null}
 */
public record UnknownSessionEvent(EventEnvelope envelope, String type, JsonNode data) implements SessionEvent {
}
