package io.github.copilot4j.bench.official;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.copilot.sdk.CopilotClient;
import com.github.copilot.sdk.CopilotSession;
import com.github.copilot.sdk.generated.AssistantMessageEvent;
import com.github.copilot.sdk.json.CopilotClientOptions;
import com.github.copilot.sdk.json.PermissionHandler;
import com.github.copilot.sdk.json.ProviderConfig;
import com.github.copilot.sdk.json.SessionConfig;
import com.github.copilot.sdk.json.ToolDefinition;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The official Java SDK contender (com.github:copilot-sdk-java), driven like the other workers of the copilot4j
 * benchmarks: commands {@code turn}, {@code tool} and {@code quit} on standard input, one {@code BENCH <json>} line per
 * command on standard output, timings taken here. With {@code --startup} it measures the time to a started client and
 * exits. Compiled by bench/run against the SDK version it resolved; it cannot share the benchmark module's classes.
 *
 * <p>Usage: {@code OfficialJavaWorker <config.json> [--startup]}
 */
public final class OfficialJavaWorker {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OfficialJavaWorker() {
    }

    public static void main(String[] args) throws Exception {
        JsonNode config = JSON.readTree(Files.readString(Path.of(args[0])));
        boolean startupOnly = args.length > 1 && args[1].equals("--startup");
        Map<String, String> environment = new LinkedHashMap<>();
        config.get("env").properties().forEach(entry -> environment.put(entry.getKey(), entry.getValue().asText()));
        long start = System.nanoTime();
        CopilotClient client = new CopilotClient(new CopilotClientOptions()
                .setCliPath(config.get("cli").asText())
                .setEnvironment(environment)
                .setCwd(config.get("cwd").asText())
                .setLogLevel("info")
                .setUseLoggedInUser(false));
        try {
            client.start().get(60, TimeUnit.SECONDS);
            double connectMs = millisSince(start);
            if (startupOnly) {
                answer(Map.of("ok", true, "connectMs", connectMs));
                return;
            }
            long sessionsStart = System.nanoTime();
            CopilotSession simpleSession = client.createSession(sessionConfig(config)).get(60, TimeUnit.SECONDS);
            double firstSessionMs = millisSince(sessionsStart);
            CopilotSession toolSession = client.createSession(sessionConfig(config)).get(60, TimeUnit.SECONDS);
            answer(Map.of("ok", true, "connectMs", connectMs, "firstSessionMs", firstSessionMs));
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null && !line.strip().equals("quit")) {
                String command = line.strip();
                try {
                    switch (command) {
                        case "turn" -> answer(timedTurn(simpleSession, "What is 1+1?"));
                        case "tool" -> answer(timedTurn(toolSession, "Call echo_tool with text hello"));
                        default -> throw new IllegalArgumentException("Unknown command " + command);
                    }
                } catch (Exception e) {
                    answer(Map.of("ok", false, "error", describe(e)));
                }
            }
        } catch (Exception e) {
            answer(Map.of("ok", false, "error", describe(e)));
            client.forceStop().get(10, TimeUnit.SECONDS);
            System.exit(0);
        }
        client.stop().get(30, TimeUnit.SECONDS);
        System.exit(0);
    }

    private static SessionConfig sessionConfig(JsonNode config) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> schema = JSON.readValue(
                "{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\"}},\"required\":[\"text\"]}",
                Map.class);
        ToolDefinition echo = ToolDefinition.create("echo_tool", "Echoes the given text back", schema,
                invocation -> CompletableFuture.completedFuture(invocation.getArguments().get("text")));
        return new SessionConfig()
                .setModel(config.get("model").asText())
                .setProvider(new ProviderConfig().setType("openai").setBaseUrl(config.get("baseUrl").asText())
                        .setApiKey(config.get("apiKey").asText()))
                .setStreaming(true)
                .setOnPermissionRequest(PermissionHandler.APPROVE_ALL)
                .setTools(List.of(echo));
    }

    private static Map<String, Object> timedTurn(CopilotSession session, String prompt) throws Exception {
        long start = System.nanoTime();
        AssistantMessageEvent message = session.sendAndWait(prompt).get(60, TimeUnit.SECONDS);
        double ms = millisSince(start);
        String content = message == null || message.getData() == null ? "" : message.getData().content();
        return Map.of("ok", true, "ms", ms, "content", content == null ? "" : content);
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }

    private static void answer(Map<String, Object> answer) throws Exception {
        System.out.println("BENCH " + JSON.writeValueAsString(answer));
        System.out.flush();
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null && text.length() < 2000; cause = cause.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
