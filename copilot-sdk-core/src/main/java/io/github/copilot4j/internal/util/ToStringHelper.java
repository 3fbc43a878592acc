package io.github.copilot4j.internal.util;

import io.github.copilot4j.internal.wire.SecretRedactor;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** Builds {@code Type{name=value, ...}} strings that skip unset values and mask secrets. */
public final class ToStringHelper {

    private final StringJoiner joiner;

    private ToStringHelper(String typeName) {
        this.joiner = new StringJoiner(", ", typeName + "{", "}");
    }

    /** Starts a string for the named type. */
    public static ToStringHelper of(String typeName) {
        return new ToStringHelper(typeName);
    }

    /** Adds {@code name=value} unless the value is null. */
    public ToStringHelper add(String name, @Nullable Object value) {
        if (value != null) {
            joiner.add(name + "=" + value);
        }
        return this;
    }

    /** Adds {@code name=<set>} unless the value is null; for callbacks, whose own strings say nothing. */
    public ToStringHelper present(String name, @Nullable Object value) {
        return add(name, value == null ? null : "<set>");
    }

    /** Adds the name with a masked value unless the value is null. */
    public ToStringHelper secret(String name, @Nullable Object value) {
        return add(name, value == null ? null : SecretRedactor.MASK);
    }

    /** Adds the map's keys with masked values, unless the map is null. */
    public ToStringHelper secretValues(String name, @Nullable Map<String, ?> values) {
        if (values != null) {
            StringJoiner masked = new StringJoiner(", ", "{", "}");
            values.keySet().forEach(key -> masked.add(key + "=" + SecretRedactor.MASK));
            joiner.add(name + "=" + masked);
        }
        return this;
    }

    @Override
    public String toString() {
        return joiner.toString();
    }
}
