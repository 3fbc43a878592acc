package io.github.copilot4j.tool;

import io.github.copilot4j.internal.util.Checks;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A custom tool offered to the model. The CLI receives everything except the handler; a tool without a handler is a
 * declaration whose calls the application answers itself through the pending-tool-call RPC (or another client of the
 * session answers). {@link Tools} builds definitions from typed functions and annotated methods, with the schema
 * generated from Java types.
 *
 * @param name the tool name the model calls
 * @param description what the tool does, shown to the model; may be null
 * @param parameters the JSON schema of the arguments, an object schema: its {@code type}, when set, is
 *     {@code object}, its {@code properties} map names to schemas, and its {@code required} lists property names;
 *     may be null
 * @param overridesBuiltInTool whether the tool replaces a built-in tool of the same name
 * @param skipPermission whether calls run without a permission request
 * @param defer whether the CLI may hide the tool behind tool search; null leaves the choice to the CLI
 * @param metadata free-form metadata passed to the CLI; may be null
 * @param isTerminal whether a successful call ends the turn
 * @param handler runs the tool in this process; null for a declaration only
 */
public record ToolDefinition(
        String name,
        @Nullable String description,
        @Nullable ObjectNode parameters,
        boolean overridesBuiltInTool,
        boolean skipPermission,
        @Nullable Defer defer,
        @Nullable ObjectNode metadata,
        boolean isTerminal,
        @Nullable ToolHandler handler) {

    public ToolDefinition {
        Checks.nonBlank(name, "ToolDefinition.name");
        if (parameters != null) {
            checkObjectSchema(name, parameters);
        }
        parameters = parameters == null ? null : parameters.deepCopy();
        metadata = metadata == null ? null : metadata.deepCopy();
    }

    /** A tool run by {@code handler}, with default flags. */
    public static ToolDefinition of(
            String name, @Nullable String description, @Nullable ObjectNode parameters, ToolHandler handler) {
        return new ToolDefinition(name, description, parameters, false, false, null, null, false,
                Checks.required(handler, "ToolDefinition.handler"));
    }

    /** A tool declared to the CLI without a handler in this process, with default flags. */
    public static ToolDefinition declaration(
            String name, @Nullable String description, @Nullable ObjectNode parameters) {
        return new ToolDefinition(name, description, parameters, false, false, null, null, false, null);
    }

    /** This tool, replacing (or not) a built-in tool of the same name. */
    public ToolDefinition withOverridesBuiltInTool(boolean overridesBuiltInTool) {
        return new ToolDefinition(name, description, parameters, overridesBuiltInTool, skipPermission, defer,
                metadata, isTerminal, handler);
    }

    /** This tool, running its calls without (or with) a permission request. */
    public ToolDefinition withSkipPermission(boolean skipPermission) {
        return new ToolDefinition(name, description, parameters, overridesBuiltInTool, skipPermission, defer,
                metadata, isTerminal, handler);
    }

    /** This tool with a deferral choice; null leaves it to the CLI. */
    public ToolDefinition withDefer(@Nullable Defer defer) {
        return new ToolDefinition(name, description, parameters, overridesBuiltInTool, skipPermission, defer,
                metadata, isTerminal, handler);
    }

    /** This tool with {@code metadata}. */
    public ToolDefinition withMetadata(@Nullable ObjectNode metadata) {
        return new ToolDefinition(name, description, parameters, overridesBuiltInTool, skipPermission, defer,
                metadata, isTerminal, handler);
    }

    /** This tool, ending the turn (or not) when a call succeeds. */
    public ToolDefinition withTerminal(boolean isTerminal) {
        return new ToolDefinition(name, description, parameters, overridesBuiltInTool, skipPermission, defer,
                metadata, isTerminal, handler);
    }

    /** Rejects a schema the model cannot be given as the arguments of a function call. */
    private static void checkObjectSchema(String name, ObjectNode schema) {
        String field = "ToolDefinition.parameters of tool '" + name + "'";
        JsonNode type = schema.get("type");
        if (type != null && !(type.isString() && type.asString().equals("object"))) {
            throw new IllegalArgumentException(field + " must be a JSON schema of type 'object', was type " + type);
        }
        JsonNode properties = schema.get("properties");
        if (properties != null) {
            if (!properties.isObject()) {
                throw new IllegalArgumentException(field + " must have 'properties' that map names to schemas");
            }
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                if (!property.getValue().isObject()) {
                    throw new IllegalArgumentException(field + " must have a schema object for property '"
                            + property.getKey() + "'");
                }
            }
        }
        JsonNode required = schema.get("required");
        if (required != null) {
            if (!required.isArray()) {
                throw new IllegalArgumentException(field + " must have 'required' as an array of property names");
            }
            for (JsonNode entry : required) {
                if (!entry.isString() || properties != null && !properties.has(entry.asString())) {
                    throw new IllegalArgumentException(field + " requires " + entry + ", which is not one of its "
                            + "properties");
                }
            }
        }
    }

    /** Defensive copy: the schema node must not be changed through this record. */
    @Override
    public @Nullable ObjectNode parameters() {
        return parameters == null ? null : parameters.deepCopy();
    }

    /** Defensive copy: the metadata node must not be changed through this record. */
    @Override
    public @Nullable ObjectNode metadata() {
        return metadata == null ? null : metadata.deepCopy();
    }

    /** Whether the CLI may defer the tool behind tool search. */
    public enum Defer {
        /** The CLI decides by its deferral threshold. */
        AUTO("auto"),
        /** The tool is always loaded up front. */
        NEVER("never");

        private final String wireValue;

        Defer(String wireValue) {
            this.wireValue = wireValue;
        }

        /** The value on the wire. */
        public String wireValue() {
            return wireValue;
        }
    }
}
