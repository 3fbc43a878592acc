package io.github.copilot4j.internal.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.github.copilot4j.CopilotProtocolException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(5)
class FrameReaderTests {

    private static FrameReader reader(String bytes) {
        return reader(bytes, 1024);
    }

    private static FrameReader reader(String bytes, int maxFrameBytes) {
        return new FrameReader(new ByteArrayInputStream(bytes.getBytes(StandardCharsets.UTF_8)), maxFrameBytes);
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Test
    void readsOneFrame() throws IOException {
        FrameReader reader = reader("Content-Length: 14\r\n\r\n{\"id\":1,\"a\":2}");

        assertThat(text(reader.readFrame())).isEqualTo("{\"id\":1,\"a\":2}");
        assertThat(reader.readFrame()).isNull();
    }

    @Test
    void countsTheLengthInUtf8Bytes() throws IOException {
        String body = "{\"text\":\"Grüße 👋 日本\"}";
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        assertThat(length).isGreaterThan(body.length());

        FrameReader reader = reader("Content-Length: " + length + "\r\n\r\n" + body);

        assertThat(text(reader.readFrame())).isEqualTo(body);
    }

    @Test
    void readsSeveralFramesFromOneBuffer() throws IOException {
        FrameReader reader = reader("Content-Length: 3\r\n\r\n[1]"
                + "Content-Length: 5\r\n\r\n[2,3]"
                + "Content-Length: 2\r\n\r\n{}");

        assertThat(text(reader.readFrame())).isEqualTo("[1]");
        assertThat(text(reader.readFrame())).isEqualTo("[2,3]");
        assertThat(text(reader.readFrame())).isEqualTo("{}");
        assertThat(reader.readFrame()).isNull();
    }

    @Test
    void readsFramesThatArriveInPiecesOfAnySize() throws IOException {
        // Bodies below, at and far above the reader's own buffer, over a stream that hands out 1 to 7 bytes per read
        // (as a pipe may), so headers and bodies are split at every possible place.
        int[] sizes = {0, 1, 100, 32 * 1024 - 1, 32 * 1024, 32 * 1024 + 1, 100_000, 5};
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        byte[][] bodies = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            bodies[i] = new byte[sizes[i]];
            Arrays.fill(bodies[i], (byte) ('a' + i));
            wire.writeBytes(("Content-Length: " + sizes[i] + "\r\nX-Other: " + i + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            wire.writeBytes(bodies[i]);
        }
        InputStream trickle = new ByteArrayInputStream(wire.toByteArray()) {
            private int next;

            @Override
            public synchronized int read(byte[] target, int offset, int length) {
                next = next % 7 + 1;
                return super.read(target, offset, Math.min(length, next));
            }
        };
        FrameReader reader = new FrameReader(trickle, 200_000);

        for (byte[] body : bodies) {
            assertThat(reader.readFrame()).isEqualTo(body);
        }
        assertThat(reader.readFrame()).isNull();
    }

    @Test
    void ignoresOtherHeadersAndTheCaseOfContentLength() throws IOException {
        FrameReader reader = reader("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n"
                + "content-length:2\r\nX-Extra: yes\r\n\r\n{}");

        assertThat(text(reader.readFrame())).isEqualTo("{}");
    }

    @Test
    void readsAnEmptyBody() throws IOException {
        assertThat(reader("Content-Length: 0\r\n\r\n").readFrame()).isEmpty();
    }

    @Test
    void returnsNullForAnEmptyStream() throws IOException {
        assertThat(reader("").readFrame()).isNull();
    }

    @Test
    void rejectsAHeaderLineWithoutColon() {
        assertThatThrownBy(() -> reader("Content-Length 2\r\n\r\n{}").readFrame())
                .isInstanceOf(CopilotProtocolException.class)
                .hasMessage("Malformed frame header line: 'Content-Length 2'");
    }

    @Test
    void masksSecretsInAMalformedHeaderLine() {
        assertThatThrownBy(() -> reader("oops ghp_abcdefghijklmnopqrstuvwxyz012345\r\n\r\n").readFrame())
                .isInstanceOf(CopilotProtocolException.class)
                .hasMessage("Malformed frame header line: 'oops ghp_***'");
    }

    @Test
    void rejectsAMissingContentLength() {
        assertThatThrownBy(() -> reader("Content-Type: x\r\n\r\n{}").readFrame())
                .isInstanceOf(CopilotProtocolException.class)
                .hasMessage("Frame header has no Content-Length");
    }

    @Test
    void rejectsABlankLineWhereHeadersShouldStart() {
        assertThatThrownBy(() -> reader("\r\n{}").readFrame())
                .isInstanceOf(CopilotProtocolException.class)
                .hasMessage("Frame header has no Content-Length");
    }

    @Test
    void rejectsAnInvalidContentLength() {
        assertThatThrownBy(() -> reader("Content-Length: 12abc\r\n\r\n").readFrame())
                .isInstanceOf(CopilotProtocolException.class)
                .hasMessage("Invalid Content-Length '12abc'");
    }

    @Test
    void rejectsANegativeContentLength() {
        assertThatThrownBy(() -> reader("Content-Length: -5\r\n\r\n").readFrame())
                .isInstanceOf(CopilotProtocolException.class)
                .hasMessage("Negative Content-Length -5");
    }

    @Test
    void rejectsTwoContentLengths() {
        assertThatThrownBy(() -> reader("Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}").readFrame())
                .isInstanceOf(CopilotProtocolException.class)
                .hasMessage("Frame header has more than one Content-Length");
    }

    @Test
    void rejectsAHeaderSectionOver8KiB() {
        String header = "X-Padding: " + "a".repeat(FrameReader.MAX_HEADER_BYTES) + "\r\nContent-Length: 2\r\n\r\n{}";

        assertThatThrownBy(() -> reader(header).readFrame())
                .isInstanceOf(CopilotProtocolException.class)
                .hasMessage("Frame header exceeds 8192 bytes");
    }

    @Test
    void acceptsAHeaderSectionOfExactly8KiB() throws IOException {
        String lengthLine = "Content-Length: 2\r\n";
        String padding = "X-Padding: " + "a".repeat(FrameReader.MAX_HEADER_BYTES - lengthLine.length() - 11 - 4);
        String header = lengthLine + padding + "\r\n\r\n";
        assertThat(header).hasSize(FrameReader.MAX_HEADER_BYTES);

        assertThat(text(reader(header + "{}").readFrame())).isEqualTo("{}");
    }

    @Test
    void rejectsABodyOverTheLimitNamingBothSizes() {
        assertThatThrownBy(() -> reader("Content-Length: 1025\r\n\r\n", 1024).readFrame())
                .isInstanceOf(CopilotProtocolException.class)
                .hasMessage("Frame body of 1025 bytes exceeds the limit of 1024 bytes");
        assertThatThrownBy(() -> reader("Content-Length: 99999999999\r\n\r\n", 1024).readFrame())
                .isInstanceOf(CopilotProtocolException.class)
                .hasMessage("Frame body of 99999999999 bytes exceeds the limit of 1024 bytes");
    }

    @Test
    void acceptsABodyOfExactlyTheLimit() throws IOException {
        assertThat(reader("Content-Length: 4\r\n\r\n[12]", 4).readFrame()).hasSize(4);
    }

    @Test
    void rejectsAStreamEndingInsideTheHeader() {
        assertThatThrownBy(() -> reader("Content-Length: 2\r\n").readFrame())
                .isInstanceOf(CopilotProtocolException.class)
                .hasMessage("Stream ended inside a frame header after 19 header bytes");
    }

    @Test
    void rejectsAStreamEndingInsideTheBodySayingHowManyBytesAreMissing() {
        assertThatThrownBy(() -> reader("Content-Length: 10\r\n\r\n{\"a\"").readFrame())
                .isInstanceOf(CopilotProtocolException.class)
                .hasMessage("Stream ended inside a frame body: 6 of 10 bytes missing");
    }

    @Test
    void reportsReadFailuresAsIOException() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("device gone");
            }
        };

        assertThatThrownBy(() -> new FrameReader(failing, 10).readFrame())
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("device gone");
    }

    @Test
    void rejectsANonPositiveLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> reader("", 0))
                .withMessage("maxFrameBytes must be positive, was 0");
    }
}
