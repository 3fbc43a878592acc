package io.github.copilot4j.internal.wire;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** An object node whose puts skip null values. */
final class WireObject {

    final ObjectNode node = WireJson.object();

    WireObject str(String name, @Nullable String value) {
        if (value != null) {
            node.put(name, value);
        }
        return this;
    }

    <T> WireObject str(String name, @Nullable T value, Function<T, String> toWire) {
        return str(name, value == null ? null : toWire.apply(value));
    }

    WireObject bool(String name, @Nullable Boolean value) {
        if (value != null) {
            node.put(name, value);
        }
        return this;
    }

    WireObject num(String name, @Nullable Number value) {
        if (value instanceof Integer i) {
            node.put(name, i);
        } else if (value instanceof Long l) {
            node.put(name, l);
        } else if (value != null) {
            node.put(name, value.doubleValue());
        }
        return this;
    }

    <T> WireObject num(String name, @Nullable T value, Function<T, Number> toWire) {
        return num(name, value == null ? null : toWire.apply(value));
    }

    /** Puts a copy of a node owned by the configuration. */
    WireObject node(String name, @Nullable JsonNode value) {
        if (value != null) {
            node.set(name, value.deepCopy());
        }
        return this;
    }

    WireObject nonEmpty(String name, ObjectNode value) {
        if (!value.isEmpty()) {
            node.set(name, value);
        }
        return this;
    }

    WireObject strings(String name, @Nullable List<String> values) {
        if (values != null) {
            ArrayNode array = node.putArray(name);
            values.forEach(array::add);
        }
        return this;
    }

    WireObject strMap(String name, @Nullable Map<String, String> values) {
        return objMap(name, values, JsonNodeFactory.instance::stringNode);
    }

    <T> WireObject obj(String name, @Nullable T value, Function<T, ObjectNode> toWire) {
        if (value != null) {
            node.set(name, toWire.apply(value));
        }
        return this;
    }

    <T> WireObject array(String name, @Nullable List<T> values, Function<T, ObjectNode> toWire) {
        if (values != null) {
            ArrayNode array = node.putArray(name);
            values.forEach(value -> array.add(toWire.apply(value)));
        }
        return this;
    }

    <T> WireObject objMap(String name, @Nullable Map<String, T> values, Function<T, ? extends JsonNode> toWire) {
        if (values != null) {
            ObjectNode object = node.putObject(name);
            values.forEach((key, value) -> object.set(key, toWire.apply(value)));
        }
        return this;
    }
}
