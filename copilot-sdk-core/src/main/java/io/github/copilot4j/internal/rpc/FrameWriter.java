package io.github.copilot4j.internal.rpc;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes LSP-style frames: {@code Content-Length: N\r\n\r\n} followed by the N body bytes. Thread-safe: each frame
 * is written whole, never interleaved with another.
 */
public final class FrameWriter {

    private final OutputStream out;
    private final Object writeLock = new Object();

    /** @param out the stream to write; this writer buffers it and flushes after each frame */
    public FrameWriter(OutputStream out) {
        this.out = new BufferedOutputStream(out);
    }

    /** Writes one frame with {@code body} (UTF-8 JSON) and flushes it. */
    public void write(byte[] body) throws IOException {
        byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        synchronized (writeLock) {
            out.write(header);
            out.write(body);
            out.flush();
        }
    }
}
