package io.github.copilot4j.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A transparent stdio proxy between a client and the CLI, used in place of the CLI executable to time, on the wire,
 * how long a client takes to answer the CLI: from the frame carrying {@code external_tool.requested} (or
 * {@code permission.requested}) to the client's {@code session.tools.handlePendingToolCall} (or
 * {@code session.permissions.handlePendingPermissionRequest}) frame for the same request id. Both instants are taken
 * here, when a frame has been read whole and before it is passed on, so every contender pays the same two extra pipe
 * hops and the raw floor shows their cost.
 *
 * <p>Usage: {@code WireTap <log file> <cli> [cli arguments...]}. The CLI inherits this process's environment, working
 * directory and standard error. Each timed frame appends a line {@code <tool|permission> <request|answer>
 * <requestId> <nanoTime>} to the log (see {@link TapLog}). The tap exits with the CLI's exit code once the CLI has
 * ended; the end of the client's input ends the CLI's input.
 */
public final class WireTap {

    private static final Pattern REQUEST_ID = Pattern.compile("\"requestId\"\\s*:\\s*\"([^\"]+)\"");

    private final Writer log;

    private WireTap(Writer log) {
        this.log = log;
    }

    public static void main(String[] args) throws Exception {
        Path logFile = Path.of(args[0]);
        List<String> command = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        Process cli = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            WireTap tap = new WireTap(log);
            Thread toCli = new Thread(() -> tap.pump(System.in, cli.getOutputStream(), true), "tap-to-cli");
            toCli.setDaemon(true);
            toCli.start();
            tap.pump(cli.getInputStream(), System.out, false);
            System.exit(cli.waitFor());
        }
    }

    /** Passes frames from {@code in} to {@code out} until {@code in} ends, then closes {@code out}. */
    private void pump(InputStream source, OutputStream sink, boolean fromClient) {
        try (InputStream in = new BufferedInputStream(source, 1 << 16);
                OutputStream out = new BufferedOutputStream(sink, 1 << 16)) {
            byte[] frame;
            while ((frame = FrameSplitter.next(in)) != null) {
                long arrived = System.nanoTime();
                out.write(frame);
                out.flush();
                String record = record(new String(frame, StandardCharsets.ISO_8859_1), fromClient);
                if (record != null) {
                    write(record + " " + arrived);
                }
            }
        } catch (IOException e) {
            // one side ended: the CLI sees the end of its input, or the client the end of its output
        }
    }

    /** The log record for a frame that opens or answers a timed request, without its time; null for others. */
    static @Nullable String record(String frame, boolean fromClient) {
        String kind;
        if (fromClient) {
            kind = frame.contains("\"session.tools.handlePendingToolCall\"") ? "tool answer"
                    : frame.contains("\"session.permissions.handlePendingPermissionRequest\"") ? "permission answer"
                    : null;
        } else {
            kind = frame.contains("\"external_tool.requested\"") ? "tool request"
                    : frame.contains("\"permission.requested\"") ? "permission request" : null;
        }
        if (kind == null) {
            return null;
        }
        Matcher requestId = REQUEST_ID.matcher(frame);
        return requestId.find() ? kind + " " + requestId.group(1) : null;
    }

    private void write(String line) throws IOException {
        synchronized (log) {
            log.write(line);
            log.write('\n');
            log.flush();
        }
    }

    /** Reads whole Content-Length frames, header included, as they are on the wire. */
    static final class FrameSplitter {

        private FrameSplitter() {
        }

        /** The next frame with its header, or null at the end of the stream. */
        static byte @Nullable [] next(InputStream in) throws IOException {
            StringBuilder header = new StringBuilder();
            int length = -1;
            int lineStart = 0;
            while (true) {
                int next = in.read();
                if (next < 0) {
                    return null;
                }
                header.append((char) next);
                if (next == '\n') {
                    String line = header.substring(lineStart).strip();
                    lineStart = header.length();
                    if (line.isEmpty()) {
                        break;
                    }
                    if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        length = Integer.parseInt(line.substring(15).strip());
                    }
                }
            }
            if (length < 0) {
                throw new IOException("A frame without Content-Length");
            }
            byte[] head = header.toString().getBytes(StandardCharsets.US_ASCII);
            byte[] frame = Arrays.copyOf(head, head.length + length);
            int read = in.readNBytes(frame, head.length, length);
            if (read < length) {
                return null;
            }
            return frame;
        }
    }
}
