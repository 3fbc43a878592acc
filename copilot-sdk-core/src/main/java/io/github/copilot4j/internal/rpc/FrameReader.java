package io.github.copilot4j.internal.rpc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.github.copilot4j.CopilotProtocolException;
import io.github.copilot4j.internal.wire.SecretRedactor;
import org.jspecify.annotations.Nullable;

/**
 * Reads LSP-style frames: header lines {@code Name: value} ended by CRLF, a blank line, then exactly
 * {@code Content-Length} bytes of body. Headers other than {@code Content-Length} are ignored. Not thread-safe: one
 * thread reads.
 *
 * <p>The reader keeps its own buffer and scans header lines in it, so a frame costs one header string and one copy of
 * its body; a body larger than the buffer is read straight into its array.
 */
public final class FrameReader {

    /** The largest header section accepted, counting every header byte including line ends. */
    public static final int MAX_HEADER_BYTES = 8 * 1024;

    private static final String CONTENT_LENGTH = "Content-Length";
    private static final int BUFFER_BYTES = 32 * 1024;

    private final InputStream in;
    private final int maxFrameBytes;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    /** The next unread byte of {@link #buffer}. */
    private int position;
    /** The end of the bytes read into {@link #buffer}. */
    private int limit;

    /**
     * @param in the stream to read; this reader buffers it and must be its only reader
     * @param maxFrameBytes the largest body accepted, in bytes; must be positive
     */
    public FrameReader(InputStream in, int maxFrameBytes) {
        if (maxFrameBytes <= 0) {
            throw new IllegalArgumentException("maxFrameBytes must be positive, was " + maxFrameBytes);
        }
        this.in = in;
        this.maxFrameBytes = maxFrameBytes;
    }

    /**
     * The next frame's body, or {@code null} when the stream ends cleanly between frames.
     *
     * @throws CopilotProtocolException for a malformed header line, a missing, invalid or negative
     *         {@code Content-Length}, a header section over {@value #MAX_HEADER_BYTES} bytes, a body larger than the
     *         limit, or a stream that ends inside a frame
     * @throws IOException when reading fails
     */
    public byte @Nullable [] readFrame() throws IOException {
        Long contentLength = null;
        int headerBytes = 0;
        while (true) {
            int lineEnd = nextLineEnd(headerBytes);
            if (lineEnd < 0) {
                return null;
            }
            headerBytes += lineEnd + 1 - position;
            if (headerBytes > MAX_HEADER_BYTES) {
                throw headerTooLarge();
            }
            int end = lineEnd > position && buffer[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            String line = new String(buffer, position, end - position, StandardCharsets.US_ASCII);
            position = lineEnd + 1;
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new CopilotProtocolException("Malformed frame header line: '" + printable(line) + "'");
            }
            if (line.substring(0, colon).strip().equalsIgnoreCase(CONTENT_LENGTH)) {
                if (contentLength != null) {
                    throw new CopilotProtocolException("Frame header has more than one Content-Length");
                }
                contentLength = parseContentLength(line.substring(colon + 1).strip());
            }
        }
        if (contentLength == null) {
            throw new CopilotProtocolException("Frame header has no Content-Length");
        }
        if (contentLength > maxFrameBytes) {
            throw new CopilotProtocolException("Frame body of " + contentLength + " bytes exceeds the limit of "
                    + maxFrameBytes + " bytes");
        }
        return readBody(contentLength.intValue());
    }

    /**
     * The index in the buffer of the {@code '\n'} ending the current header line, reading more as needed; -1 when the
     * stream ends cleanly before the header section's first byte.
     *
     * @param headerBytes the header bytes of this frame before the current line
     */
    private int nextLineEnd(int headerBytes) throws IOException {
        int scanned = position;
        while (true) {
            for (int i = scanned; i < limit; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            int pending = limit - position;
            if (headerBytes + pending > MAX_HEADER_BYTES) {
                throw headerTooLarge();
            }
            scanned = limit - position;
            if (!fill()) {
                if (headerBytes + pending == 0) {
                    return -1;
                }
                throw new CopilotProtocolException("Stream ended inside a frame header after "
                        + (headerBytes + pending) + " header bytes");
            }
            scanned += position;
        }
    }

    /** Moves the unread bytes to the buffer's start and reads more after them; false at the end of the stream. */
    private boolean fill() throws IOException {
        int pending = limit - position;
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, pending);
            position = 0;
            limit = pending;
        }
        int count = in.read(buffer, limit, buffer.length - limit);
        if (count < 0) {
            return false;
        }
        limit += count;
        return true;
    }

    private static CopilotProtocolException headerTooLarge() {
        return new CopilotProtocolException("Frame header exceeds " + MAX_HEADER_BYTES + " bytes");
    }

    private static long parseContentLength(String value) {
        long length;
        try {
            length = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new CopilotProtocolException("Invalid Content-Length '" + printable(value) + "'");
        }
        if (length < 0) {
            throw new CopilotProtocolException("Negative Content-Length " + length);
        }
        return length;
    }

    /** The body: first what the buffer holds, then straight from the stream, or through the buffer when small. */
    private byte[] readBody(int length) throws IOException {
        byte[] body = new byte[length];
        int read = 0;
        while (true) {
            int buffered = Math.min(length - read, limit - position);
            System.arraycopy(buffer, position, body, read, buffered);
            position += buffered;
            read += buffered;
            if (read == length) {
                return body;
            }
            int count;
            if (length - read >= buffer.length) {
                count = in.read(body, read, length - read);
                if (count > 0) {
                    read += count;
                }
            } else {
                position = 0;
                limit = 0;
                count = in.read(buffer, 0, buffer.length);
                if (count > 0) {
                    limit = count;
                }
            }
            if (count < 0) {
                throw new CopilotProtocolException("Stream ended inside a frame body: " + (length - read) + " of "
                        + length + " bytes missing");
            }
        }
    }

    /** Header text fit for an exception message: secrets masked, control characters replaced, length capped. */
    private static String printable(String text) {
        String masked = SecretRedactor.redactText(text).replaceAll("\\p{Cntrl}", "?");
        return masked.length() > 80 ? masked.substring(0, 80) + "…" : masked;
    }
}
