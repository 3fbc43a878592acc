package io.github.copilot4j.internal.wire;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Masks secrets (tokens, API keys, passwords, authorization headers) in wire JSON and in free text before either is
 * logged or put into an exception message.
 */
public final class SecretRedactor {

    /** What every masked secret is replaced with. */
    public static final String MASK = "***";

    private static final Set<String> SECRET_NAMES = Set.of("githubtoken", "token", "apikey", "bearertoken",
            "authorization", "password", "secret", "accesstoken");

    private static final String[] SECRET_NAME_SUFFIXES = {"token", "key", "secret", "password"};

    /** Masks tokens by shape; group 1 is the part kept for readability. */
    private static final Pattern TOKEN_SHAPES = Pattern.compile(
            "\\b(gh[pousr]_)[A-Za-z0-9_]{16,}"
                    + "|\\b(github_pat_)[A-Za-z0-9_]{16,}"
                    + "|\\b(sk-)[A-Za-z0-9_-]{16,}");

    /** Masks the credential after "Bearer"; group 1 is the scheme and the blank after it. */
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer\\s+)[A-Za-z0-9._~+/=-]+");

    /** Masks {@code name=value} pairs whose name is secret-like, as in query strings and command lines. */
    private static final Pattern SECRET_ASSIGNMENT = Pattern.compile(
            "(?i)\\b([A-Za-z0-9_.-]*(?:token|key|secret|password)=)[^\\s&\"',;}\\]]+");

    /** Masks {@code "name": "value"} pairs whose name is secret-like, as in JSON embedded in text. */
    private static final Pattern SECRET_JSON_PROPERTY = Pattern.compile(
            "(?i)(\"(?:[A-Za-z0-9_.-]*(?:token|key|secret|password)|authorization)\"\\s*:\\s*\")"
                    + "(?:[^\"\\\\]|\\\\.)*\"");

    private SecretRedactor() {
    }

    /**
     * Compact JSON text of {@code node} in which the value of every property with a secret-like name (for example
     * {@code gitHubToken}, {@code apiKey}, {@code authorization}, {@code password}, or any name ending in
     * {@code token}, {@code key}, {@code secret} or {@code password}, ignoring case) and every value of a
     * {@code headers} object is replaced by {@value #MASK}, at any depth. Token-shaped text inside the remaining
     * string values is masked as by {@link #redactText(String)}. The node itself is not modified.
     */
    public static String redactJson(JsonNode node) {
        return redactNode(node).toString();
    }

    /**
     * {@code text} with token-shaped substrings masked: GitHub tokens ({@code ghp_…}, {@code gho_…},
     * {@code ghu_…}, {@code ghs_…}, {@code ghr_…}, {@code github_pat_…}), the credential after {@code Bearer},
     * {@code sk-…} API keys, and the value of {@code token=}, {@code apiKey=}, {@code key=} and similar
     * assignments. Everything else is left as it was.
     */
    public static String redactText(String text) {
        String masked = replaceKeepingPrefix(TOKEN_SHAPES, text);
        masked = replaceKeepingPrefix(BEARER, masked);
        masked = replaceKeepingPrefix(SECRET_ASSIGNMENT, masked);
        return SECRET_JSON_PROPERTY.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(
                match.group(1) + MASK + "\""));
    }

    private static boolean isSecretName(String propertyName) {
        String name = propertyName.toLowerCase(Locale.ROOT);
        if (SECRET_NAMES.contains(name)) {
            return true;
        }
        for (String suffix : SECRET_NAME_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static String replaceKeepingPrefix(Pattern pattern, String text) {
        return pattern.matcher(text).replaceAll(match -> {
            String kept = "";
            for (int group = 1; group <= match.groupCount(); group++) {
                if (match.group(group) != null) {
                    kept = match.group(group);
                    break;
                }
            }
            return Matcher.quoteReplacement(kept + MASK);
        });
    }

    private static JsonNode redactNode(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                String name = property.getKey();
                JsonNode value = property.getValue();
                if (!value.isNull() && isSecretName(name)) {
                    copy.put(name, MASK);
                } else if (value instanceof ObjectNode headers && name.equalsIgnoreCase("headers")) {
                    ObjectNode maskedHeaders = copy.putObject(name);
                    headers.propertyNames().forEach(header -> maskedHeaders.put(header, MASK));
                } else {
                    copy.set(name, redactNode(value));
                }
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode(array.size());
            array.forEach(element -> copy.add(redactNode(element)));
            return copy;
        }
        if (node.isString()) {
            String text = node.stringValue();
            String masked = redactText(text);
            return masked.equals(text) ? node : StringNode.valueOf(masked);
        }
        return node;
    }
}
