package io.github.copilot4j.internal.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object of event data. Absent and {@code null} values give {@code null} for optional
 * fields and a neutral default for required ones; a value of the wrong JSON type throws
 * {@link IllegalArgumentException} naming the field (never its value). Numbers are read leniently, as JavaScript
 * has only one number type: integral fields accept any number and drop a fractional part.
 */
final class EventDataReader {

    private final JsonNode object;
    private final String location;

    /**
     * @param object the JSON object to read
     * @param location where the object sits in the event, for error messages ({@code data},
     *        {@code data.toolRequests[]}, …)
     */
    EventDataReader(JsonNode object, String location) {
        this.object = object;
        this.location = location;
    }

    /** The object itself. */
    JsonNode node() {
        return object;
    }

    /** A required string; {@code ""} when absent. */
    String text(String name) {
        String value = optionalText(name);
        return value != null ? value : "";
    }

    @Nullable String optionalText(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw wrongType(name, "a string", value);
        }
        return value.stringValue();
    }

    /** A required integral number; {@code 0} when absent. */
    long longValue(String name) {
        Long value = optionalLong(name);
        return value != null ? value : 0L;
    }

    @Nullable Long optionalLong(String name) {
        JsonNode value = number(name);
        return value != null ? toLong(value) : null;
    }

    @Nullable Integer optionalInteger(String name) {
        JsonNode value = number(name);
        if (value == null) {
            return null;
        }
        long number = toLong(value);
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            throw wrongType(name, "a 32-bit integer", value);
        }
        return (int) number;
    }

    @Nullable Double optionalDouble(String name) {
        JsonNode value = number(name);
        return value != null ? value.doubleValue() : null;
    }

    /** A boolean, or {@code whenAbsent} when absent. */
    boolean flag(String name, boolean whenAbsent) {
        Boolean value = optionalBoolean(name);
        return value != null ? value : whenAbsent;
    }

    @Nullable Boolean optionalBoolean(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw wrongType(name, "a boolean", value);
        }
        return value.booleanValue();
    }

    /** Any JSON value, as received. */
    @Nullable JsonNode json(String name) {
        return present(name);
    }

    /** A required JSON object; a new empty object when absent. */
    JsonNode object(String name) {
        JsonNode value = optionalObject(name);
        return value != null ? value : WireJson.object();
    }

    @Nullable JsonNode optionalObject(String name) {
        JsonNode value = present(name);
        if (value != null && !value.isObject()) {
            throw wrongType(name, "an object", value);
        }
        return value;
    }

    /** An object bound by {@code binder}, or {@code null} when absent. */
    <T> @Nullable T optionalObject(String name, Function<EventDataReader, T> binder) {
        JsonNode value = optionalObject(name);
        return value != null ? binder.apply(new EventDataReader(value, location + "." + name)) : null;
    }

    /** An array of strings; empty when absent. */
    List<String> texts(String name) {
        JsonNode array = array(name);
        if (array == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            if (!element.isString()) {
                throw wrongType(name + "[]", "a string", element);
            }
            values.add(element.stringValue());
        }
        return List.copyOf(values);
    }

    /** An array of arbitrary JSON values, as received; empty when absent. */
    List<JsonNode> jsonList(String name) {
        JsonNode array = array(name);
        return array != null ? List.copyOf(array.values()) : List.of();
    }

    /** An array of objects, each bound by {@code binder}; empty when absent. */
    <T> List<T> objects(String name, Function<EventDataReader, T> binder) {
        JsonNode array = array(name);
        if (array == null || array.isEmpty()) {
            return List.of();
        }
        String elementLocation = location + "." + name + "[]";
        List<T> values = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            if (!element.isObject()) {
                throw wrongType(name + "[]", "an object", element);
            }
            values.add(binder.apply(new EventDataReader(element, elementLocation)));
        }
        return List.copyOf(values);
    }

    private @Nullable JsonNode present(String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private @Nullable JsonNode number(String name) {
        JsonNode value = present(name);
        if (value != null && !value.isNumber()) {
            throw wrongType(name, "a number", value);
        }
        return value;
    }

    private @Nullable JsonNode array(String name) {
        JsonNode value = present(name);
        if (value != null && !value.isArray()) {
            throw wrongType(name, "an array", value);
        }
        return value;
    }

    private static long toLong(JsonNode number) {
        return number.canConvertToLong() ? number.asLong() : (long) number.doubleValue();
    }

    private IllegalArgumentException wrongType(String name, String expected, JsonNode actual) {
        return new IllegalArgumentException(
                location + "." + name + " must be " + expected + " but is " + actual.getNodeType());
    }
}
