package io.github.copilot4j.internal.rpc;

import io.github.copilot4j.internal.wire.WireJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A seeded generator of hostile wire input: byte streams that break the framing in every way the reader must
 * survive, and JSON-RPC messages that are valid JSON but wrong. The same seed always gives the same input, so a
 * failing case is reproduced from the seed in its assertion message.
 */
public final class WireFuzz {

    /** Methods the SDK handles, so wrong messages reach real code paths and not only "unknown method". */
    private static final List<String> METHODS = List.of("session.event", "session.lifecycle", "hooks.invoke",
            "userInput.request", "exitPlanMode.request", "autoModeSwitch.request", "systemMessage.transform",
            "providerToken.getToken", "ping", "no.such.method", "", "session.event\u0000");
    private static final List<String> EVENT_TYPES = List.of("session.idle", "session.error", "assistant.message",
            "assistant.message_delta", "external_tool.requested", "permission.requested", "tool.execution_complete",
            "session.start", "session.resume", "user_input.requested", "auto_mode_switch.requested",
            "elicitation.requested", "command.execute", "mcp.oauth_required", "brand.new_event", "");

    private static final Nodes NODES = new Nodes();

    private final Random random;

    public WireFuzz(long seed) {
        this.random = new Random(seed);
    }

    /** A random integer from 0 (inclusive) to {@code bound} (exclusive). */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** One frame around {@code body} with a correct {@code Content-Length}. */
    public static byte[] frame(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** One frame carrying {@code message}. */
    public static byte[] frame(JsonNode message) {
        return frame(WireJson.MAPPER.writeValueAsBytes(message));
    }

    /**
     * A stream that breaks the framing or the JSON: random bytes, a cut frame, a wrong, missing, duplicated,
     * negative or oversized {@code Content-Length}, an oversized header, invalid UTF-8, a body that is no JSON, or
     * bit flips in valid frames. Frames are at most {@code maxFrameBytes} long unless the case is about size.
     */
    public byte[] brokenStream(int maxFrameBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] valid = frame(wrongMessage());
        switch (random.nextInt(11)) {
            case 0 -> out.writeBytes(randomBytes(random.nextInt(400)));
            case 1 -> out.write(valid, 0, random.nextInt(valid.length));
            case 2 -> {
                out.writeBytes(header("Content-Length: " + (valid.length + 1 + random.nextInt(100))));
                out.writeBytes(randomBytes(random.nextInt(50)));
            }
            case 3 -> {
                byte[] body = json(wrongMessage());
                out.writeBytes(header("Content-Length: " + random.nextInt(Math.max(1, body.length))));
                out.writeBytes(body);
            }
            case 4 -> out.writeBytes(header("Content-Length: " + (maxFrameBytes + 1L
                    + Math.abs(random.nextLong() % Long.MAX_VALUE / 2))));
            case 5 -> out.writeBytes(headerGarbage());
            case 6 -> out.writeBytes(frame(invalidUtf8()));
            case 7 -> out.writeBytes(frame(notJson()));
            case 8 -> {
                out.writeBytes(valid);
                out.writeBytes(frame(wrongMessage()));
                byte[] flipped = out.toByteArray();
                for (int i = 0, flips = 1 + random.nextInt(4); i < flips; i++) {
                    flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return flipped;
            }
            case 9 -> {
                out.writeBytes(header("Content-Length: " + maxFrameBytes));
                out.writeBytes(randomBytes(random.nextInt(maxFrameBytes)));
            }
            default -> out.writeBytes(header("Content-Length: 10\r\nContent-Length: 10"));
        }
        return out.toByteArray();
    }

    /**
     * A JSON-RPC message that is valid JSON but wrong: no method and no id, an unknown or non-string method, an id
     * of every type, params that are no object, responses nobody waits for or with a malformed error, known methods
     * with wrong, missing or huge values, and events of every known type with data of the wrong shape. It never
     * answers the request with id 1.
     */
    public ObjectNode wrongMessage() {
        ObjectNode message = WireJson.object();
        if (random.nextInt(6) > 0) {
            message.put("jsonrpc", "2.0");
        } else {
            message.set("jsonrpc", randomJson(1));
        }
        switch (random.nextInt(8)) {
            case 0 -> message.set("params", randomJson(3));
            case 1 -> {
                message.set("id", id());
                message.set("result", randomJson(3));
            }
            case 2 -> {
                message.set("id", id());
                message.set("error", random.nextBoolean() ? randomJson(2)
                        : WireJson.object().set("code", randomJson(0)).set("message", randomJson(1)));
            }
            case 3 -> {
                message.set("method", randomJson(1));
                message.set("id", id());
            }
            default -> {
                message.put("method", METHODS.get(random.nextInt(METHODS.size())));
                if (random.nextBoolean()) {
                    message.set("id", id());
                }
                message.set("params", params(message.path("method").asString("")));
            }
        }
        return message;
    }

    /** A {@code session.event} notification for the session, with an event of a random type and wrong data. */
    public ObjectNode sessionEvent(String sessionId) {
        ObjectNode params = WireJson.object().put("sessionId", sessionId);
        params.set("event", event());
        ObjectNode message = WireJson.object().put("jsonrpc", "2.0").put("method", "session.event");
        message.set("params", params);
        return message;
    }

    private JsonNode params(String method) {
        if (random.nextInt(8) == 0) {
            return randomJson(2);
        }
        ObjectNode params = WireJson.object();
        params.set("sessionId", random.nextInt(4) == 0 ? randomJson(1) : NODES.valueOf("session-1"));
        switch (method) {
            case "session.event" -> params.set("event", random.nextInt(5) == 0 ? randomJson(2) : event());
            case "hooks.invoke" -> {
                params.set("hookType", random.nextBoolean() ? NODES.valueOf(hookType()) : randomJson(1));
                params.set("input", randomJson(3));
            }
            case "systemMessage.transform" -> params.set("sections", randomJson(3));
            default -> randomObject(params, 3);
        }
        return params;
    }

    private String hookType() {
        List<String> types = List.of("preToolUse", "postToolUse", "postToolUseFailure", "userPromptSubmitted",
                "sessionStart", "sessionEnd", "errorOccurred", "agentStop", "preMcpToolCall",
                "userPromptTransformed", "notAHook");
        return types.get(random.nextInt(types.size()));
    }

    /** An event object: a known or unknown type, a random envelope and data whose fields have random types. */
    public ObjectNode event() {
        ObjectNode event = WireJson.object();
        if (random.nextInt(10) > 0) {
            event.put("type", EVENT_TYPES.get(random.nextInt(EVENT_TYPES.size())));
        } else {
            event.set("type", randomJson(1));
        }
        event.set("id", random.nextInt(5) > 0 ? NODES.valueOf("event-" + random.nextInt(1000))
                : randomJson(1));
        event.set("timestamp", random.nextBoolean() ? NODES.valueOf("2026-11-26T12:00:00Z")
                : randomJson(1));
        if (random.nextBoolean()) {
            event.set("parentId", randomJson(1));
        }
        ObjectNode data = WireJson.object();
        for (String field : List.of("requestId", "toolName", "toolCallId", "message", "errorType", "content",
                "messageId", "permissionRequest", "arguments", "aborted", "statusCode", "deltaContent")) {
            if (random.nextBoolean()) {
                data.set(field, randomJson(2));
            }
        }
        event.set("data", random.nextInt(8) == 0 ? randomJson(2) : data);
        return event;
    }

    private JsonNode id() {
        return switch (random.nextInt(7)) {
            case 0 -> NODES.valueOf(2L + random.nextInt(1_000_000));
            case 1 -> NODES.valueOf("id-" + random.nextInt(1000));
            case 2 -> NODES.valueOf(-1L - random.nextInt(1000));
            case 3 -> NODES.valueOf(1.5 + random.nextInt(10));
            case 4 -> NODES.valueOf(Long.MAX_VALUE);
            case 5 -> NODES.valueOf("1");
            default -> randomJson(1);
        };
    }

    /** A random JSON value: scalars of every type (huge and odd strings too), arrays and objects. */
    public JsonNode randomJson(int depth) {
        int kind = random.nextInt(depth > 0 ? 10 : 7);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.valueOf(random.nextBoolean());
            case 2 -> NODES.valueOf(random.nextLong());
            case 3 -> NODES.valueOf(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
            case 4 -> NODES.valueOf(string());
            case 5 -> NODES.valueOf(random.nextInt(20) == 0 ? "x".repeat(100_000 + random.nextInt(50_000))
                    : string());
            case 6 -> NODES.valueOf(new java.math.BigInteger(200, random));
            case 7 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = 0, size = random.nextInt(4); i < size; i++) {
                    array.add(randomJson(depth - 1));
                }
                yield array;
            }
            case 8 -> nested(1 + random.nextInt(200));
            default -> randomObject(WireJson.object(), depth - 1);
        };
    }

    private ObjectNode randomObject(ObjectNode object, int depth) {
        for (int i = 0, size = random.nextInt(5); i < size; i++) {
            object.set(random.nextBoolean() ? string() : "k" + i, randomJson(Math.max(0, depth)));
        }
        return object;
    }

    private JsonNode nested(int depth) {
        JsonNode node = NODES.valueOf("deep");
        for (int i = 0; i < depth; i++) {
            node = random.nextBoolean() ? NODES.arrayNode().add(node) : WireJson.object().set("n", node);
        }
        return node;
    }

    /** Text with control characters, emoji and other non-ASCII characters; lone surrogates are no valid JSON. */
    private String string() {
        StringBuilder text = new StringBuilder();
        for (int i = 0, length = random.nextInt(12); i < length; i++) {
            int kind = random.nextInt(6);
            text.appendCodePoint(switch (kind) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0xE000 + random.nextInt(0x1000);
                case 2 -> 0x1F600 + random.nextInt(0x50);
                case 3 -> 0x80 + random.nextInt(0x780);
                default -> 0x20 + random.nextInt(0x5F);
            });
        }
        return text.toString();
    }

    private byte[] header(String lines) {
        return (lines + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] headerGarbage() {
        return switch (random.nextInt(6)) {
            case 0 -> header("Content-Length " + random.nextInt(100));
            case 1 -> header("Content-Length: -" + random.nextInt(100));
            case 2 -> header("Content-Length: " + string());
            case 3 -> header("X-Other: " + "y".repeat(9_000));
            case 4 -> header("Content-Type: application/json");
            default -> header("Content-Length: 99999999999999999999999");
        };
    }

    private byte[] invalidUtf8() {
        byte[] body = json(wrongMessage());
        for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
            body[random.nextInt(body.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        return body;
    }

    private byte[] notJson() {
        return switch (random.nextInt(5)) {
            case 0 -> new byte[0];
            case 1 -> "{\"jsonrpc\":\"2.0\",".getBytes(StandardCharsets.UTF_8);
            case 2 -> "[".repeat(5_000).getBytes(StandardCharsets.UTF_8);
            case 3 -> "   ".getBytes(StandardCharsets.UTF_8);
            default -> randomBytes(1 + random.nextInt(100));
        };
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] json(JsonNode node) {
        return WireJson.MAPPER.writeValueAsBytes(node);
    }

    /** Scalar nodes by Java type. */
    private static final class Nodes {

        private final JsonNodeFactory factory = JsonNodeFactory.instance;

        JsonNode valueOf(String value) {
            return factory.stringNode(value);
        }

        JsonNode valueOf(long value) {
            return factory.numberNode(value);
        }

        JsonNode valueOf(double value) {
            return factory.numberNode(value);
        }

        JsonNode valueOf(boolean value) {
            return factory.booleanNode(value);
        }

        JsonNode valueOf(java.math.BigInteger value) {
            return factory.numberNode(value);
        }

        JsonNode nullNode() {
            return factory.nullNode();
        }

        ArrayNode arrayNode() {
            return factory.arrayNode();
        }
    }
}
