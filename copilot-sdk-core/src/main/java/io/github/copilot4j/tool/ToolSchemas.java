package io.github.copilot4j.tool;

import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.impl.module.FlattenedWrapperModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import com.github.victools.jsonschema.module.jackson.JsonPropertySorter;
import io.github.copilot4j.internal.wire.WireJson;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.introspect.ClassIntrospector;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Schemas of tool arguments, generated from Java types (draft 2020-12, without a {@code $schema} member).
 *
 * <p>Records, POJOs (their Jackson properties), nested types, enums (as string enumerations, honouring
 * {@code @JsonValue} and {@code @JsonProperty}), arrays and collections, maps (values as
 * {@code additionalProperties}) and {@code JsonNode} (any value) are supported; property names follow the given
 * mapper's Jackson introspection, so the schema matches how arguments are bound. A property is described by
 * {@link CopilotToolParam#description()} or Jackson's {@code @JsonPropertyDescription}. A property is required
 * unless its type is {@link Optional}; beyond that, record components are required by default and POJO fields are
 * not, and {@link CopilotToolParam#required()} or {@code @JsonProperty(required = true)} decide explicitly. A type
 * used more than once is defined once under {@code $defs} and referenced.
 */
public final class ToolSchemas {

    private ToolSchemas() {
    }

    /** The schema of an argument type, with the property names of {@link WireJson#MAPPER}. */
    public static ObjectNode of(Type argumentType) {
        return of(argumentType, WireJson.MAPPER);
    }

    /**
     * The schema of an argument type, with the property names of {@code mapper}.
     *
     * @throws IllegalArgumentException when the type's schema is not a JSON object with properties (for example a
     *     string or a list), or a {@link CopilotToolParam} on a field sets a name
     */
    public static ObjectNode of(Type argumentType, JsonMapper mapper) {
        Objects.requireNonNull(argumentType, "argumentType");
        ObjectNode schema = generator(mapper).generateSchema(argumentType);
        if (!"object".equals(schema.path("type").asString(""))) {
            throw new IllegalArgumentException("The arguments of a tool must be an object type such as a record or"
                    + " a POJO, not " + argumentType.getTypeName());
        }
        if (!schema.has("properties")) {
            schema.putObject("properties");
        }
        return schema;
    }

    /**
     * The schema of a tool method's parameters: one property per parameter (parameters of type
     * {@link ToolInvocation} excluded), named and described by {@code names} and its {@link CopilotToolParam}.
     *
     * @param names each bound parameter's property name, in declaration order
     */
    static ObjectNode forParameters(Map<Parameter, String> names, JsonMapper mapper) {
        SchemaBuilder builder = generator(mapper).buildMultipleSchemaDefinitions();
        Map<String, ObjectNode> properties = new LinkedHashMap<>();
        ObjectNode schema = mapper.createObjectNode().put("type", "object");
        ArrayNode required = mapper.createArrayNode();
        names.forEach((parameter, name) -> {
            properties.put(name, builder.createSchemaReference(argumentType(parameter)));
            if (isRequired(parameter)) {
                required.add(name);
            }
        });
        ObjectNode definitions = builder.collectDefinitions("$defs");
        ObjectNode propertiesNode = schema.putObject("properties");
        names.forEach((parameter, name) -> {
            ObjectNode property = properties.get(name);
            CopilotToolParam annotation = parameter.getAnnotation(CopilotToolParam.class);
            if (annotation != null && !annotation.description().isEmpty()) {
                property.put("description", annotation.description());
            }
            propertiesNode.set(name, property);
        });
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        if (!definitions.isEmpty()) {
            schema.set("$defs", definitions);
        }
        return schema;
    }

    /** The type a parameter's argument is described by: the value type of an {@link Optional}. */
    private static Type argumentType(Parameter parameter) {
        if (parameter.getType() == Optional.class) {
            return parameter.getParameterizedType() instanceof ParameterizedType optional
                    ? optional.getActualTypeArguments()[0] : Object.class;
        }
        return parameter.getParameterizedType();
    }

    /** Whether a tool method's parameter is required: not {@link Optional}, and not marked optional. */
    static boolean isRequired(Parameter parameter) {
        CopilotToolParam annotation = parameter.getAnnotation(CopilotToolParam.class);
        return parameter.getType() != Optional.class && (annotation == null || annotation.required());
    }

    private static SchemaGenerator generator(JsonMapper mapper) {
        Objects.requireNonNull(mapper, "mapper");
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .without(Option.SCHEMA_VERSION_INDICATOR, Option.FLATTENED_OPTIONALS)
                .with(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
        Map<Class<?>, Map<String, String>> propertyNames = new HashMap<>();
        builder.forFields()
                .withPropertyNameOverrideResolver(field -> propertyNames
                        .computeIfAbsent(field.getDeclaringType().getErasedType(), type -> propertyNames(type, mapper))
                        .get(field.getDeclaredName()))
                .withRequiredCheck(ToolSchemas::isRequired)
                .withDescriptionResolver(ToolSchemas::description);
        builder.forTypesInGeneral()
                .withPropertySorter(new JsonPropertySorter(false))
                .withCustomDefinitionProvider((type, context) -> customDefinition(type.getErasedType(), mapper));
        builder.with(new FlattenedWrapperModule<>(Optional.class))
                .with(new JacksonSchemaModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED));
        return new SchemaGenerator(builder.build());
    }

    /** The JSON name of each property of {@code type} by its field name, as the mapper names it. */
    private static Map<String, String> propertyNames(Class<?> type, JsonMapper mapper) {
        ClassIntrospector introspector = mapper.serializationConfig().classIntrospectorInstance();
        JavaType javaType = mapper.constructType(type);
        Map<String, String> names = new HashMap<>();
        introspector.introspectForSerialization(javaType, introspector.introspectClassAnnotations(javaType))
                .findProperties()
                .forEach(property -> names.put(property.getInternalName(), property.getName()));
        return names;
    }

    /** Any value for a JSON tree; for an enum, the constants as the mapper writes them. */
    private static @Nullable CustomDefinition customDefinition(Class<?> type, JsonMapper mapper) {
        if (JsonNode.class.isAssignableFrom(type)) {
            return new CustomDefinition(mapper.createObjectNode(), true);
        }
        Object[] constants = type.getEnumConstants();
        if (constants == null || constants.length == 0) {
            return null;
        }
        ObjectNode schema = mapper.createObjectNode();
        ArrayNode values = mapper.createArrayNode();
        for (Object constant : constants) {
            values.add(mapper.valueToTree(constant));
        }
        if (values.valueStream().allMatch(JsonNode::isString)) {
            schema.put("type", "string");
        }
        schema.set("enum", values);
        return new CustomDefinition(schema, true);
    }

    private static boolean isRequired(FieldScope field) {
        if (field.isFakeContainerItemScope() || field.getType().getErasedType() == Optional.class) {
            return false;
        }
        CopilotToolParam annotation = annotation(field);
        if (annotation != null) {
            return annotation.required();
        }
        return field.getDeclaringType().getErasedType().isRecord();
    }

    private static @Nullable String description(FieldScope field) {
        CopilotToolParam annotation = field.isFakeContainerItemScope() ? null : annotation(field);
        return annotation == null || annotation.description().isEmpty() ? null : annotation.description();
    }

    private static @Nullable CopilotToolParam annotation(FieldScope field) {
        CopilotToolParam annotation = field.getRawMember().getAnnotation(CopilotToolParam.class);
        if (annotation != null && !annotation.name().isEmpty()) {
            throw new IllegalArgumentException("@CopilotToolParam on field " + field.getDeclaringType().getTypeName()
                    + "." + field.getDeclaredName() + " sets a name; rename a field with @JsonProperty instead");
        }
        return annotation;
    }
}
