package io.github.copilot4j.sample.audit;

import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Short, readable forms of tool call arguments, for the audit log and the page. */
public final class ToolArguments {

    private static final int MAX_VALUE_LENGTH = 80;

    private ToolArguments() {
    }

    /** The arguments as {@code name=value} pairs, each value cut to 80 characters; empty for none. */
    public static String summary(@Nullable JsonNode arguments) {
        if (arguments == null || arguments.isNull() || arguments.isMissingNode()) {
            return "";
        }
        if (!arguments.isObject()) {
            return cut(arguments.toString());
        }
        StringJoiner pairs = new StringJoiner(", ");
        for (Map.Entry<String, JsonNode> property : arguments.properties()) {
            JsonNode value = property.getValue();
            pairs.add(property.getKey() + "=" + cut(value.isString() ? value.stringValue() : value.toString()));
        }
        return pairs.toString();
    }

    private static String cut(String value) {
        return value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
}
