package io.github.copilot4j.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WireTapTests {

    @Test
    void recordsTheRequestsTheCliSendsWithTheirRequestIds() {
        String toolEvent = "{\"method\":\"session.event\",\"params\":{\"event\":{\"type\":\"external_tool.requested\","
                + "\"data\":{\"requestId\":\"r-1\",\"toolName\":\"echo_tool\"}}}}";
        String permissionEvent = "{\"method\":\"session.event\",\"params\":{\"event\":{\"type\":"
                + "\"permission.requested\",\"data\":{\"requestId\": \"r-2\"}}}}";

        assertThat(WireTap.record(toolEvent, false)).isEqualTo("tool request r-1");
        assertThat(WireTap.record(permissionEvent, false)).isEqualTo("permission request r-2");
        assertThat(WireTap.record("{\"method\":\"session.event\",\"params\":{\"event\":{\"type\":\"session.idle\"}}}",
                false)).isNull();
    }

    @Test
    void recordsTheClientsAnswersButNotTheSameWordsFromTheCli() {
        String answer = "{\"id\":7,\"method\":\"session.tools.handlePendingToolCall\",\"params\":{\"requestId\":\"r-1\"}}";

        assertThat(WireTap.record(answer, true)).isEqualTo("tool answer r-1");
        assertThat(WireTap.record("{\"id\":8,\"method\":\"session.permissions.handlePendingPermissionRequest\","
                + "\"params\":{\"requestId\":\"r-2\",\"result\":{\"kind\":\"approve-once\"}}}", true))
                .isEqualTo("permission answer r-2");
        assertThat(WireTap.record(answer, false)).isNull();
    }

    @Test
    void splitsTheStreamIntoWholeFramesWithTheirHeaders() throws IOException {
        String wire = "Content-Length: 2\r\n\r\n{}content-length: 3\r\nX-Other: 1\r\n\r\n[1]";
        ByteArrayInputStream in = new ByteArrayInputStream(wire.getBytes(StandardCharsets.US_ASCII));

        assertThat(new String(WireTap.FrameSplitter.next(in), StandardCharsets.US_ASCII))
                .isEqualTo("Content-Length: 2\r\n\r\n{}");
        assertThat(new String(WireTap.FrameSplitter.next(in), StandardCharsets.US_ASCII))
                .isEqualTo("content-length: 3\r\nX-Other: 1\r\n\r\n[1]");
        assertThat(WireTap.FrameSplitter.next(in)).isNull();
    }

    @Test
    void refusesAFrameWithoutContentLength() {
        ByteArrayInputStream in = new ByteArrayInputStream("X-Other: 1\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII));

        assertThatIOException().isThrownBy(() -> WireTap.FrameSplitter.next(in))
                .withMessage("A frame without Content-Length");
    }
}
