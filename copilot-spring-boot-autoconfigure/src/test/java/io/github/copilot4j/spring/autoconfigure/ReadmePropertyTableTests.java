package io.github.copilot4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The README's property table lists exactly the generated configuration metadata's keys and defaults. */
class ReadmePropertyTableTests {

    private static final Pattern ROW = Pattern.compile("^\\| `(copilot\\.[^`]+)` \\| (?:`([^`]*)`)? \\|",
            Pattern.MULTILINE);

    @Test
    void listsEveryPropertyWithItsDefault() throws IOException {
        Map<String, String> documented = new LinkedHashMap<>();
        String readme = Files.readString(Path.of(System.getProperty("copilot4j.root", ".."), "README.md"));
        String table = readme.substring(readme.indexOf("<!-- properties:start"), readme.indexOf("<!-- properties:end"));
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            documented.put(row.group(1), row.group(2) == null ? "" : row.group(2));
        }

        Map<String, String> generated = new LinkedHashMap<>();
        try (InputStream metadata = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(metadata);
            for (JsonNode property : root.get("properties")) {
                String name = property.get("name").asString();
                if (name.startsWith("copilot.")) {
                    generated.put(name, defaultValue(property.get("defaultValue")));
                }
            }
        }

        assertThat(documented).isNotEmpty().isEqualTo(generated);
    }

    private static String defaultValue(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            StringBuilder joined = new StringBuilder();
            value.forEach(item -> joined.append(joined.length() == 0 ? "" : ",").append(item.asString()));
            return joined.toString();
        }
        return value.asString();
    }
}
