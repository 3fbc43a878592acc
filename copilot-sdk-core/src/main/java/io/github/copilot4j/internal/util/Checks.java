package io.github.copilot4j.internal.util;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks for configuration values. Every failure is an {@link IllegalArgumentException} whose message names
 * the field and what is allowed; messages never contain the rejected value, which may be a secret.
 */
public final class Checks {

    private Checks() {
    }

    /** Returns {@code value}, which must be neither null nor blank. */
    public static String nonBlank(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** Returns {@code value}, which may be null but not blank. */
    public static @Nullable String nonBlankOrNull(@Nullable String value, String field) {
        return value == null ? null : nonBlank(value, field);
    }

    /** Returns {@code value}, which must not be null. */
    public static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** An unmodifiable copy of {@code values}, which must not be null nor contain null. */
    public static <T> List<T> list(@Nullable Collection<? extends T> values, String field) {
        List<T> copy = new ArrayList<>(required(values, field).size());
        for (T value : values) {
            copy.add(required(value, field + " element"));
        }
        return Collections.unmodifiableList(copy);
    }

    /** An unmodifiable copy of {@code values} (null stays null); null elements are rejected. */
    public static <T> @Nullable List<T> listOrNull(@Nullable Collection<? extends T> values, String field) {
        return values == null ? null : list(values, field);
    }

    /** An unmodifiable copy of {@code values} (null stays null); null or blank entries are rejected. */
    public static @Nullable List<String> stringsOrNull(@Nullable Collection<String> values, String field) {
        List<String> copy = listOrNull(values, field);
        if (copy != null) {
            copy.forEach(value -> nonBlank(value, field + " entry"));
        }
        return copy;
    }

    /**
     * An unmodifiable, order-preserving copy of {@code values}, which must not be null; keys must not be blank and
     * values must not be null.
     */
    public static <V> Map<String, V> map(@Nullable Map<String, ? extends V> values, String field) {
        Map<String, V> copy = new LinkedHashMap<>();
        required(values, field).forEach((key, value) ->
                copy.put(nonBlank(key, field + " key"), required(value, field + " value")));
        return Collections.unmodifiableMap(copy);
    }

    /** Like {@link #map}, but null stays null. */
    public static <V> @Nullable Map<String, V> mapOrNull(@Nullable Map<String, ? extends V> values, String field) {
        return values == null ? null : map(values, field);
    }

    /** Rejects two elements of {@code values} with the same key; null {@code values} are accepted. */
    public static <T> void uniqueKeys(@Nullable List<T> values, Function<T, String> key, String field) {
        if (values == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (T value : values) {
            String k = key.apply(value);
            if (!seen.add(k)) {
                throw new IllegalArgumentException(field + " contains the name '" + k + "' more than once");
            }
        }
    }

    /** Returns {@code value}, which may be null but otherwise must be greater than zero. */
    public static <N extends Number> @Nullable N positiveOrNull(@Nullable N value, String field) {
        if (value != null && !(value.doubleValue() > 0)) {
            throw new IllegalArgumentException(field + " must be greater than 0");
        }
        return value;
    }

    /** Returns {@code value}, which may be null but otherwise must be longer than zero. */
    public static @Nullable Duration positiveOrNull(@Nullable Duration value, String field) {
        if (value != null && (value.isNegative() || value.isZero())) {
            throw new IllegalArgumentException(field + " must be longer than zero");
        }
        return value;
    }

    /** Returns {@code value}, which may be null but otherwise must be zero or greater. */
    public static <N extends Number> @Nullable N nonNegativeOrNull(@Nullable N value, String field) {
        if (value != null && !(value.doubleValue() >= 0 && Double.isFinite(value.doubleValue()))) {
            throw new IllegalArgumentException(field + " must be 0 or greater");
        }
        return value;
    }

    /** Returns {@code value}, which may be null but otherwise must lie between 0 and 1 inclusive. */
    public static @Nullable Double fractionOrNull(@Nullable Double value, String field) {
        if (value != null && !(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(field + " must be between 0.0 and 1.0");
        }
        return value;
    }

    /** Returns {@code value}, which must be an absolute {@code http} or {@code https} URL with a host. */
    public static String httpUrl(@Nullable String value, String field) {
        nonBlank(value, field);
        String message = field + " must be an absolute http or https URL";
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(message);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(message);
        }
        return value;
    }
}
