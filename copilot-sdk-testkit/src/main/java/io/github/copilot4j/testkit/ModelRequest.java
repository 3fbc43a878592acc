package io.github.copilot4j.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A chat completions request that reached the {@link FakeModelServer}, parsed for assertions and for
 * {@linkplain FakeModelServer#respondWith responders}.
 */
public final class ModelRequest {

    /** Context blocks the CLI wraps around the user's prompt. */
    private static final Pattern CONTEXT_TAGS = Pattern.compile(
            "<(current_datetime|reminder|system_reminder|agent_instructions)>.*?</\\1>", Pattern.DOTALL);

    private final RecordedRequest httpRequest;
    private final JsonNode json;
    private final String model;
    private final boolean stream;
    private final boolean includeUsage;
    private final List<ModelMessage> messages;
    private final List<String> toolNames;

    private ModelRequest(RecordedRequest httpRequest, JsonNode json) {
        this.httpRequest = httpRequest;
        this.json = json;
        this.model = stringOrEmpty(json.path("model"));
        this.stream = json.path("stream").asBoolean(false);
        this.includeUsage = json.path("stream_options").path("include_usage").asBoolean(false);
        List<ModelMessage> parsedMessages = new ArrayList<>();
        for (JsonNode message : json.path("messages").values()) {
            parsedMessages.add(parseMessage(message));
        }
        this.messages = List.copyOf(parsedMessages);
        List<String> names = new ArrayList<>();
        for (JsonNode tool : json.path("tools").values()) {
            String name = stringOrEmpty(tool.path("function").path("name"));
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        this.toolNames = List.copyOf(names);
    }

    /** Parses a chat completions request, or returns null when its body is not a JSON object. */
    static @Nullable ModelRequest of(RecordedRequest httpRequest) {
        JsonNode json = httpRequest.jsonView();
        return json != null && json.isObject() ? new ModelRequest(httpRequest, json) : null;
    }

    private static ModelMessage parseMessage(JsonNode message) {
        List<ModelMessage.ToolCall> toolCalls = new ArrayList<>();
        for (JsonNode call : message.path("tool_calls").values()) {
            JsonNode function = call.path("function");
            toolCalls.add(new ModelMessage.ToolCall(stringOrEmpty(call.path("id")),
                    stringOrEmpty(function.path("name")), stringOrEmpty(function.path("arguments"))));
        }
        JsonNode toolCallId = message.path("tool_call_id");
        return new ModelMessage(stringOrEmpty(message.path("role")), contentText(message.path("content")),
                toolCalls, toolCallId.isString() ? toolCallId.stringValue() : null);
    }

    private static String contentText(JsonNode content) {
        if (content.isString()) {
            return content.stringValue();
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode part : content.values()) {
            JsonNode text = part.path("text");
            if (text.isString()) {
                texts.add(text.stringValue());
            }
        }
        return String.join("\n", texts);
    }

    private static String stringOrEmpty(JsonNode node) {
        return node.isString() ? node.stringValue() : "";
    }

    /** The underlying HTTP request, for its path and headers. */
    public RecordedRequest httpRequest() {
        return httpRequest;
    }

    /** The requested model id; empty if the request named none. */
    public String model() {
        return model;
    }

    /** Whether the request asked for a streamed ({@code text/event-stream}) answer. */
    public boolean stream() {
        return stream;
    }

    /** Whether a streamed answer should end with a usage chunk ({@code stream_options.include_usage}). */
    boolean includeUsage() {
        return includeUsage;
    }

    /** The conversation sent to the model, in order. */
    public List<ModelMessage> messages() {
        return messages;
    }

    /** The names of the tools offered to the model, in order. */
    public List<String> toolNames() {
        return toolNames;
    }

    /** The whole request body (a fresh copy on every call). */
    public JsonNode json() {
        return json.deepCopy();
    }

    /**
     * The text of the last {@code user} message with the context blocks the CLI adds
     * ({@code <current_datetime>}, {@code <reminder>}, {@code <system_reminder>}, {@code <agent_instructions>})
     * removed and surrounding white space trimmed; empty if there is no user message.
     */
    public String lastUserMessage() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            ModelMessage message = messages.get(i);
            if (message.role().equals("user")) {
                return CONTEXT_TAGS.matcher(message.content()).replaceAll("").trim();
            }
        }
        return "";
    }

    @Override
    public String toString() {
        return "ModelRequest[model=" + model + ", stream=" + stream + ", messages=" + messages.size()
                + ", tools=" + toolNames.size() + "]";
    }
}
