package io.github.copilot4j.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SessionEventRouteTests {

    @Test
    void readsTheSessionAndTypeFromTheStartOfTheCliFrame() {
        SessionEventRoute route = peek("""
                {"jsonrpc":"2.0","method":"session.event","params":{"sessionId":"s-1",
                 "event":{"type":"assistant.message_delta","data":{"deltaContent":"hi"},"id":"e-1"}}}""");

        assertThat(route).isEqualTo(new SessionEventRoute("s-1", "assistant.message_delta"));
    }

    @Test
    void givesUpOnAnyOtherStart() {
        assertThat(peek("""
                {"jsonrpc":"2.0","method":"session.event","params":{"event":{"type":"x"},"sessionId":"s-1"}}"""))
                .isNull();
        assertThat(peek("""
                {"jsonrpc":"2.0","method":"session.event","params":{"sessionId":"s-1","event":{"data":{},"type":"x"}}}"""))
                .isNull();
        assertThat(peek("""
                {"jsonrpc":"2.0","method":"session.event","params":{"sessionId":7,"event":{"type":"x"}}}""")).isNull();
        assertThat(peek("""
                {"jsonrpc":"2.0","meta":{"a":1},"params":{"sessionId":"s-1","event":{"type":"x"}}}""")).isNull();
        assertThat(peek("""
                {"jsonrpc":"2.0","id":3,"method":"session.event","params":{"sessionId":"s-1","event":{"type":"x"}}}"""))
                .as("a request").isNull();
        assertThat(peek("""
                {"jsonrpc":"2.0","method":"session.event","id":3,"params":{"sessionId":"s-1","event":{"type":"x"}}}"""))
                .as("a request").isNull();
        assertThat(peek("""
                {"jsonrpc":"2.0","method":"session.other","params":{"sessionId":"s-1","event":{"type":"x"}}}"""))
                .isNull();
        assertThat(peek("""
                {"jsonrpc":"2.0","params":{"sessionId":"s-1","event":{"type":"x"}},"method":"session.event"}"""))
                .isNull();
        assertThat(peek("{\"jsonrpc\":\"2.0\",\"method\":\"session.event\",\"params\":{\"sessionId\":\"s")).isNull();
        assertThat(peek("not json")).isNull();
    }

    private static SessionEventRoute peek(String frame) {
        return SessionEventRoute.peek(frame.getBytes(StandardCharsets.UTF_8));
    }
}
