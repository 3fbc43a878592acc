package io.github.copilot4j.internal.cli;

import io.github.copilot4j.internal.wire.SecretRedactor;
import java.util.ArrayDeque;
import java.util.Deque;

/** The last lines a process wrote to standard error, redacted and bounded in count and length. */
final class StderrTail {

    private static final int MAX_LINE_CHARS = 2_000;

    private final int maxLines;
    private final Deque<String> lines = new ArrayDeque<>();

    StderrTail(int maxLines) {
        this.maxLines = maxLines;
    }

    /** Adds a line and returns its redacted form. */
    synchronized String add(String line) {
        String redacted = SecretRedactor.redactText(
                line.length() > MAX_LINE_CHARS ? line.substring(0, MAX_LINE_CHARS) + "…" : line);
        if (lines.size() == maxLines) {
            lines.removeFirst();
        }
        lines.addLast(redacted);
        return redacted;
    }

    synchronized String text() {
        return String.join("\n", lines);
    }
}
