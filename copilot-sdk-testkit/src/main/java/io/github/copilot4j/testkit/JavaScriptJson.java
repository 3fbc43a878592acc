package io.github.copilot4j.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON text exactly as JavaScript's {@code JSON.parse} accepts it and {@code JSON.stringify} writes it: compact,
 * keys in JavaScript enumeration order (array-index keys first, ascending, then the others in insertion order),
 * numbers as JavaScript prints doubles, and only quotes, backslashes and control characters escaped. The recorded
 * snapshots were written this way, so canonical forms compare equal as text.
 */
final class JavaScriptJson {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The largest array index JavaScript recognises as such. */
    private static final long MAX_ARRAY_INDEX = 4_294_967_294L;

    private JavaScriptJson() {
    }

    /** The value of {@code text}, or null where {@code JSON.parse} would throw. */
    static @Nullable JsonNode parse(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            JsonNode node = STRICT.readTree(text);
            return node == null || node.isMissingNode() ? null : node;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** {@code JSON.stringify(value)}. */
    static String stringify(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, false, out);
        return out.toString();
    }

    /** {@code JSON.stringify} of {@code value} with the keys of every object sorted first. */
    static String stringifySorted(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, true, out);
        return out.toString();
    }

    /** {@code JSON.stringify(text)}: the string quoted and escaped. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        writeString(text, out);
        return out.toString();
    }

    private static void write(JsonNode value, boolean sortKeys, StringBuilder out) {
        if (value.isObject()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> property : enumerationOrder(value, sortKeys)) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString(property.getKey(), out);
                out.append(':');
                write(property.getValue(), sortKeys, out);
            }
            out.append('}');
        } else if (value.isArray()) {
            out.append('[');
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(value.get(i), sortKeys, out);
            }
            out.append(']');
        } else if (value.isString()) {
            writeString(value.stringValue(), out);
        } else if (value.isNumber()) {
            out.append(number(value));
        } else if (value.isBoolean()) {
            out.append(value.booleanValue());
        } else {
            out.append("null");
        }
    }

    private static List<Map.Entry<String, JsonNode>> enumerationOrder(JsonNode object, boolean sortKeys) {
        List<Map.Entry<String, JsonNode>> indexKeys = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> otherKeys = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            (isArrayIndex(property.getKey()) ? indexKeys : otherKeys).add(property);
        }
        indexKeys.sort(Comparator.comparingLong(property -> Long.parseLong(property.getKey())));
        if (sortKeys) {
            otherKeys.sort(Map.Entry.comparingByKey());
        }
        indexKeys.addAll(otherKeys);
        return indexKeys;
    }

    private static boolean isArrayIndex(String key) {
        if (key.equals("0")) {
            return true;
        }
        if (key.isEmpty() || key.length() > 10 || key.charAt(0) < '1' || key.charAt(0) > '9') {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return false;
            }
        }
        return Long.parseLong(key) <= MAX_ARRAY_INDEX;
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String text, int index) {
        char c = text.charAt(index);
        if (Character.isHighSurrogate(c)) {
            return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
        }
        return false;
    }

    /** A JSON number as JavaScript prints the double it parses to ({@code Number.prototype.toString}). */
    private static String number(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            long integral = value.longValue();
            if (Math.abs(integral) <= (1L << 53)) {
                return Long.toString(integral);
            }
        }
        return number(value.asDouble());
    }

    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        String digits = decimal.unscaledValue().toString();
        int k = digits.length();
        int n = k - decimal.scale();
        String sign = value < 0 ? "-" : "";
        if (k <= n && n <= 21) {
            return sign + digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return sign + digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return sign + "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.abs(exponent);
    }
}
