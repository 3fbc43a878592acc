package io.github.copilot4j.internal.wire;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The session and event type of a {@code session.event} notification, read from its first tokens without parsing
 * the rest: the CLI writes {@code {"jsonrpc", "method", "params": {"sessionId", "event": {"type", …}}}} in that
 * order.
 *
 * @param sessionId the session the event belongs to
 * @param type the event's type
 */
public record SessionEventRoute(String sessionId, String type) {

    /**
     * The route at the start of {@code frame}, or {@code null} when the frame does not start that way: no
     * {@code session.event} method, an id (a request), or the session and type not first in their objects.
     */
    public static @Nullable SessionEventRoute peek(byte[] frame) {
        try (JsonParser parser = WireJson.MAPPER.createParser(frame)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || !isSessionEventUpToParams(parser)
                    || parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            if (parser.nextToken() != JsonToken.PROPERTY_NAME || !parser.currentName().equals("sessionId")
                    || parser.nextToken() != JsonToken.VALUE_STRING) {
                return null;
            }
            String sessionId = parser.getString();
            if (!skipScalarsUntil(parser, "event") || parser.nextToken() != JsonToken.START_OBJECT
                    || parser.nextToken() != JsonToken.PROPERTY_NAME || !parser.currentName().equals("type")
                    || parser.nextToken() != JsonToken.VALUE_STRING) {
                return null;
            }
            return new SessionEventRoute(sessionId, parser.getString());
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * Moves to the value of {@code params} past {@code jsonrpc} and a {@code method} of {@code session.event}; false
     * at any other property, or when the method is missing or another.
     */
    private static boolean isSessionEventUpToParams(JsonParser parser) {
        boolean sessionEvent = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String property = parser.currentName();
            if (property.equals("params")) {
                return sessionEvent;
            }
            JsonToken value = parser.nextToken();
            if (property.equals("method")) {
                sessionEvent = value == JsonToken.VALUE_STRING && parser.getString().equals("session.event");
            } else if (!property.equals("jsonrpc") || !value.isScalarValue()) {
                return false;
            }
        }
        return false;
    }

    /** Moves to the value of property {@code name}, past properties with scalar values; false at anything else. */
    private static boolean skipScalarsUntil(JsonParser parser, String name) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            if (parser.currentName().equals(name)) {
                return true;
            }
            if (!parser.nextToken().isScalarValue()) {
                return false;
            }
        }
        return false;
    }
}
