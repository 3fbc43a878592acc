package io.github.copilot4j.internal.wire;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Parses the ISO-8601 instants of the wire, such as every event's {@code timestamp}, the same as
 * {@link Instant#parse}, but about twenty times faster for the form the CLI sends: {@code yyyy-MM-ddTHH:mm:ss}, an
 * optional fraction of one to nine digits, and {@code Z}. Any other text goes to {@link Instant#parse}.
 */
final class IsoInstant {

    private static final int[] NANOS_SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10,
        1};

    private IsoInstant() {
    }

    /**
     * The instant {@code text} names.
     *
     * @throws DateTimeParseException when it is not an ISO-8601 instant
     */
    static Instant parse(String text) {
        int length = text.length();
        if (length >= 20 && length <= 30 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(length - 1) == 'Z'
                && (length == 20 || text.charAt(19) == '.' && length > 21)) {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            int fraction = length == 20 ? 0 : digits(text, 20, length - 21);
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59
                    && second >= 0 && second <= 59 && fraction >= 0) {
                try {
                    long epochDay = LocalDate.of(year, month, day).toEpochDay();
                    int nanos = length == 20 ? 0 : fraction * NANOS_SCALE[length - 21];
                    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
                } catch (DateTimeException e) {
                    // not a valid date: Instant.parse reports it
                }
            }
        }
        return Instant.parse(text);
    }

    /** The decimal number of {@code count} digits at {@code start}, or -1 when one is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
