package io.github.copilot4j.internal.wire;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The session and event type of a {@code session.event} frame, read from its first tokens without parsing the rest:
 * the CLI writes {@code {"jsonrpc", "method", "params": {"sessionId", "event": {"type", …}}}} in that order.
 *
 * @param sessionId the session the event belongs to
 * @param type the event's type
 */
public record SessionEventRoute(String sessionId, String type) {

    /** The route at the start of {@code frame}, or {@code null} when the frame does not start that way. */
    public static @Nullable SessionEventRoute peek(byte[] frame) {
        try (JsonParser parser = WireJson.MAPPER.createParser(frame)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || !skipScalarsUntil(parser, "params")
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
