package io.github.copilot4j.internal.rpc;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
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
 */
public final class FrameReader {

    /** The largest header section accepted, counting every header byte including line ends. */
    public static final int MAX_HEADER_BYTES = 8 * 1024;

    private static final String CONTENT_LENGTH = "Content-Length";

    private final InputStream in;
    private final int maxFrameBytes;

    /**
     * @param in the stream to read; this reader buffers it and must be its only reader
     * @param maxFrameBytes the largest body accepted, in bytes; must be positive
     */
    public FrameReader(InputStream in, int maxFrameBytes) {
        if (maxFrameBytes <= 0) {
            throw new IllegalArgumentException("maxFrameBytes must be positive, was " + maxFrameBytes);
        }
        this.in = new BufferedInputStream(in);
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
        HeaderSection headers = new HeaderSection();
        String line;
        while ((line = headers.nextLine()) != null && !line.isEmpty()) {
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
        if (line == null) {
            return null;
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

    private byte[] readBody(int length) throws IOException {
        byte[] body = new byte[length];
        int read = 0;
        while (read < length) {
            int count = in.read(body, read, length - read);
            if (count < 0) {
                throw new CopilotProtocolException("Stream ended inside a frame body: " + (length - read) + " of "
                        + length + " bytes missing");
            }
            read += count;
        }
        return body;
    }

    private static String stripCarriageReturn(String text) {
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /** Header text fit for an exception message: secrets masked, control characters replaced, length capped. */
    private static String printable(String text) {
        String masked = SecretRedactor.redactText(text).replaceAll("\\p{Cntrl}", "?");
        return masked.length() > 80 ? masked.substring(0, 80) + "…" : masked;
    }

    /** The header lines of one frame, enforcing the size limit across all of them. */
    private final class HeaderSection {

        private final ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        private int bytesRead;

        /**
         * The next header line without its line end, an empty string for the blank line ending the section, or
         * {@code null} when the stream ends before the section's first byte.
         */
        @Nullable String nextLine() throws IOException {
            line.reset();
            while (true) {
                int next = in.read();
                if (next < 0) {
                    if (bytesRead == 0) {
                        return null;
                    }
                    throw new CopilotProtocolException("Stream ended inside a frame header after " + bytesRead
                            + " header bytes");
                }
                if (++bytesRead > MAX_HEADER_BYTES) {
                    throw new CopilotProtocolException("Frame header exceeds " + MAX_HEADER_BYTES + " bytes");
                }
                if (next == '\n') {
                    return stripCarriageReturn(line.toString(StandardCharsets.US_ASCII));
                }
                line.write(next);
            }
        }
    }
}
