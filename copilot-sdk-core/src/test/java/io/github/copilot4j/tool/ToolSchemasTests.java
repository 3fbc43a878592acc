package io.github.copilot4j.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.copilot4j.internal.wire.WireJson;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ToolSchemasTests {

    enum Unit {
        CELSIUS,
        @JsonProperty("fahrenheit") FAHRENHEIT
    }

    record Forecast(
            @CopilotToolParam(description = "The city") String city,
            @JsonPropertyDescription("Days ahead") Optional<Integer> days,
            Unit unit,
            List<String> tags,
            Map<String, Double> weights,
            @CopilotToolParam(required = false) Boolean verbose,
            JsonNode extra) {
    }

    @Test
    void recordComponentsAreRequiredUnlessOptionalAndCarryDescriptions() {
        assertThat(ToolSchemas.of(Forecast.class)).isEqualTo(json("""
                {"type":"object",
                 "properties":{
                   "city":{"type":"string","description":"The city"},
                   "days":{"type":"integer","description":"Days ahead"},
                   "unit":{"type":"string","enum":["CELSIUS","fahrenheit"]},
                   "tags":{"type":"array","items":{"type":"string"}},
                   "weights":{"type":"object","additionalProperties":{"type":"number"}},
                   "verbose":{"type":"boolean"},
                   "extra":{}},
                 "required":["city","unit","tags","weights","extra"]}
                """));
    }

    @Test
    void propertiesKeepTheDeclarationOrder() {
        assertThat(ToolSchemas.of(Forecast.class).get("properties").propertyNames())
                .containsExactly("city", "days", "unit", "tags", "weights", "verbose", "extra");
    }

    static class Person {
        public String name;
        @JsonProperty(value = "years", required = true)
        public int age;
        @JsonIgnore
        public String secret;
        public Optional<String> nickname;
    }

    @Test
    void pojoFieldsAreOptionalUnlessMarkedRequiredAndFollowJacksonNames() {
        assertThat(ToolSchemas.of(Person.class)).isEqualTo(json("""
                {"type":"object",
                 "properties":{"name":{"type":"string"},"years":{"type":"integer"},"nickname":{"type":"string"}},
                 "required":["years"]}
                """));
    }

    record Point(int x, int y) {
    }

    record Segment(Point from, Point to) {
    }

    record Labelled(String label, Point at) {
    }

    @Test
    void aTypeUsedOnceIsInlined() {
        assertThat(ToolSchemas.of(Labelled.class)).isEqualTo(json("""
                {"type":"object",
                 "properties":{
                   "label":{"type":"string"},
                   "at":{"type":"object","properties":{"x":{"type":"integer"},"y":{"type":"integer"}},
                         "required":["x","y"]}},
                 "required":["label","at"]}
                """));
    }

    @Test
    void aTypeUsedTwiceIsDefinedOnceAndReferenced() {
        assertThat(ToolSchemas.of(Segment.class)).isEqualTo(json("""
                {"$defs":{"Point":{"type":"object","properties":{"x":{"type":"integer"},"y":{"type":"integer"}},
                                   "required":["x","y"]}},
                 "type":"object",
                 "properties":{"from":{"$ref":"#/$defs/Point"},"to":{"$ref":"#/$defs/Point"}},
                 "required":["from","to"]}
                """));
    }

    record Tree(String label, List<Tree> children) {
    }

    @Test
    void aRecursiveTypeRefersToTheRoot() {
        assertThat(ToolSchemas.of(Tree.class)).isEqualTo(json("""
                {"type":"object",
                 "properties":{"label":{"type":"string"},"children":{"type":"array","items":{"$ref":"#"}}},
                 "required":["label","children"]}
                """));
    }

    record Empty() {
    }

    @Test
    void aTypeWithoutPropertiesHasAnEmptyPropertiesObject() {
        assertThat(ToolSchemas.of(Empty.class)).isEqualTo(json("""
                {"type":"object","properties":{}}
                """));
    }

    record Name(String firstName, @JsonProperty("LAST") String lastName) {
    }

    @Test
    void propertyNamesFollowTheMappersNamingStrategy() {
        JsonMapper snakeCase = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

        assertThat(ToolSchemas.of(Name.class, snakeCase).get("properties").propertyNames())
                .containsExactly("first_name", "LAST");
    }

    @Test
    void rejectsTypesThatAreNotObjects() {
        assertThatThrownBy(() -> ToolSchemas.of(String.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The arguments of a tool must be an object type such as a record or a POJO, not"
                        + " java.lang.String");
    }

    record Renamed(@CopilotToolParam(name = "other") String value) {
    }

    @Test
    void rejectsANameOnAField() {
        assertThatThrownBy(() -> ToolSchemas.of(Renamed.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Renamed.value sets a name; rename a field with @JsonProperty instead");
    }

    @SuppressWarnings("unused")
    private static void search(@CopilotToolParam(description = "Words to find") String query,
            Optional<Unit> unit, @CopilotToolParam(required = false) int limit, Point near, Point far,
            ToolInvocation invocation) {
    }

    @Test
    void methodParametersBecomePropertiesSharingDefinitions() throws Exception {
        Method method = ToolSchemasTests.class.getDeclaredMethod("search", String.class, Optional.class, int.class,
                Point.class, Point.class, ToolInvocation.class);
        Map<Parameter, String> names = new LinkedHashMap<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.getType() != ToolInvocation.class) {
                names.put(parameter, parameter.getName());
            }
        }

        ObjectNode schema = ToolSchemas.forParameters(names, WireJson.MAPPER);

        assertThat(schema).isEqualTo(json("""
                {"type":"object",
                 "properties":{
                   "query":{"type":"string","description":"Words to find"},
                   "unit":{"type":"string","enum":["CELSIUS","fahrenheit"]},
                   "limit":{"type":"integer"},
                   "near":{"$ref":"#/$defs/Point"},
                   "far":{"$ref":"#/$defs/Point"}},
                 "required":["query","near","far"],
                 "$defs":{"Point":{"type":"object","properties":{"x":{"type":"integer"},"y":{"type":"integer"}},
                                   "required":["x","y"]}}}
                """));
        assertThat(schema.get("properties").propertyNames()).containsExactly("query", "unit", "limit", "near", "far");
    }

    private static JsonNode json(String text) {
        return WireJson.MAPPER.readTree(text);
    }
}
