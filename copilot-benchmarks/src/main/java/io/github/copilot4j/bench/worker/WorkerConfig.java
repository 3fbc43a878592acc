package io.github.copilot4j.bench.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a worker needs to start its CLI and open sessions, read from the JSON file the orchestrator writes for it:
 * {@code {"cli", "env", "cwd", "baseUrl", "apiKey", "model"}}. Every contender of a run gets the same values except
 * for its own home directories.
 *
 * @param cli the CLI executable (or a wire tap in front of it)
 * @param environment the CLI's complete environment; nothing is inherited
 * @param workDirectory the CLI's working directory
 * @param baseUrl the OpenAI base URL of the fake model server, for the sessions' BYOK provider
 * @param apiKey the BYOK provider's API key (the fake server accepts any)
 * @param model the model id the sessions ask for
 */
public record WorkerConfig(Path cli, Map<String, String> environment, Path workDirectory, String baseUrl,
        String apiKey, String model) {

    /** The CLI's arguments, the same for every contender (copilot4j and the official SDKs build this list). */
    public static final String[] CLI_ARGUMENTS = {"--headless", "--no-auto-update", "--log-level", "info", "--stdio",
        "--no-auto-login"};

    /** The simple turn's prompt; the fake model answers {@code 2}. */
    public static final String SIMPLE_PROMPT = "What is 1+1?";

    /** The tool turn's prompt; the fake model calls {@code echo_tool}, then answers {@code done}. */
    public static final String TOOL_PROMPT = "Call echo_tool with text hello";

    /** The custom tool every session declares. */
    public static final String TOOL_NAME = "echo_tool";

    /** The custom tool's description. */
    public static final String TOOL_DESCRIPTION = "Echoes the given text back";

    /** The custom tool's parameter schema. */
    public static final String TOOL_SCHEMA = "{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\"}},"
            + "\"required\":[\"text\"]}";

    /** Reads the file the orchestrator wrote. */
    public static WorkerConfig read(Path file) throws IOException {
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file));
        Map<String, String> environment = new LinkedHashMap<>();
        json.required("env").properties().forEach(entry -> environment.put(entry.getKey(), entry.getValue().asString()));
        return new WorkerConfig(Path.of(json.required("cli").asString()), environment,
                Path.of(json.required("cwd").asString()), json.required("baseUrl").asString(),
                json.required("apiKey").asString(), json.required("model").asString());
    }
}
