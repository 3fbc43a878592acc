package io.github.copilot4j.testkit;

import io.github.copilot4j.internal.wire.WireJson;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One HTTP request that reached the {@link FakeModelServer}, whatever its path.
 *
 * <p>{@link #toString()} shows the method, path and body size only, never header values, because they may hold
 * credentials.
 */
public final class RecordedRequest {

    private final String method;
    private final String path;
    private final @Nullable String query;
    private final Map<String, List<String>> headers;
    private final String body;
    private final @Nullable JsonNode json;

    RecordedRequest(String method, String path, @Nullable String query, Map<String, List<String>> headers,
            String body) {
        this.method = method;
        this.path = path;
        this.query = query;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body;
        this.json = parse(body);
    }

    private static @Nullable JsonNode parse(String body) {
        if (body.isBlank()) {
            return null;
        }
        try {
            return WireJson.MAPPER.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** The HTTP method, such as {@code POST}. */
    public String method() {
        return method;
    }

    /** The decoded request path without the query, such as {@code /v1/chat/completions}. */
    public String path() {
        return path;
    }

    /** The decoded query string without the {@code ?}, such as {@code api-version=2024-10-21}; null if none. */
    public @Nullable String query() {
        return query;
    }

    /** All request headers; lookups ignore case. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of the header {@code name} (ignoring case), or null if absent. */
    public @Nullable String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The request body as UTF-8 text; empty if there was none. */
    public String body() {
        return body;
    }

    /** The body parsed as JSON (a fresh copy on every call), or null when it is empty or not JSON. */
    public @Nullable JsonNode json() {
        return json == null ? null : json.deepCopy();
    }

    /** The parsed body without copying, for use inside this package only. */
    @Nullable JsonNode jsonView() {
        return json;
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + body.length() + " chars)";
    }
}
