package io.github.copilot4j.bench.jmh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events of real turns, recorded from the CLI 1.0.102 (a simple turn and a tool turn, BYOK, streaming; one event
 * object per line of {@code turn-events.jsonl}), as {@code session.event} notification bodies for any session.
 */
final class TurnEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<ObjectNode> EVENTS = load();

    private TurnEvents() {
    }

    /** How many events the recorded turns have. */
    static int count() {
        return EVENTS.size();
    }

    /** The notification bodies carrying the recorded events for {@code sessionId}, in order. */
    static List<byte[]> bodies(String sessionId) {
        return bodies(sessionId, null);
    }

    /** The notification bodies carrying the recorded events of one type (all when null), in order. */
    static List<byte[]> bodies(String sessionId, @Nullable String type) {
        List<byte[]> bodies = new ArrayList<>();
        for (ObjectNode event : EVENTS) {
            if (type != null && !event.path("type").asString().equals(type)) {
                continue;
            }
            ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0").put("method", "session.event");
            message.putObject("params").put("sessionId", sessionId).set("event", event);
            bodies.add(JSON.writeValueAsBytes(message));
        }
        return bodies;
    }

    /** {@code body} with its Content-Length header, as it is on the wire. */
    static byte[] frame(byte[] body) {
        byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[header.length + body.length];
        System.arraycopy(header, 0, frame, 0, header.length);
        System.arraycopy(body, 0, frame, header.length, body.length);
        return frame;
    }

    private static List<ObjectNode> load() {
        try (InputStream in = TurnEvents.class.getResourceAsStream("turn-events.jsonl")) {
            if (in == null) {
                throw new IllegalStateException("turn-events.jsonl is missing");
            }
            List<ObjectNode> events = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    events.add((ObjectNode) JSON.readTree(line));
                }
            }
            return List.copyOf(events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
