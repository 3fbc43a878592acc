package io.github.copilot4j.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A recorded model conversation file in the format of the official Copilot SDKs' end-to-end suite: the model ids
 * the recording used, HTTP errors to replay, and conversations of OpenAI chat-completions messages in normalised
 * form (the system prompt as {@code ${system}}, tool call ids as {@code toolcall_N}, the work directory as
 * {@code ${workdir}}, the shell tool as {@code ${shell}}).
 *
 * <p>{@link #load(Path)} applies the normalisations the replay applies to stored data, so the messages are exactly
 * what live requests are compared with. A {@link ReplayingModelServer} answers the CLI from a snapshot.
 *
 * @param file the YAML file it was loaded from
 * @param models the model ids {@code GET /models} lists; never empty
 * @param errors HTTP errors answered instead of a reply when a request equals their messages
 * @param conversations the recorded conversations, in file order
 */
public record ReplaySnapshot(Path file, List<String> models, List<RecordedError> errors,
        List<Conversation> conversations) {

    /** The model listed when a snapshot names none. */
    public static final String DEFAULT_MODEL = "claude-sonnet-4.5";

    private static final YAMLMapper YAML = new YAMLMapper();

    public ReplaySnapshot {
        Objects.requireNonNull(file, "file");
        if (models.isEmpty()) {
            throw new IllegalArgumentException("models must name at least one model id");
        }
        models = List.copyOf(models);
        errors = List.copyOf(errors);
        conversations = List.copyOf(conversations);
    }

    /**
     * Reads a snapshot YAML file.
     *
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if it is not a snapshot: not YAML, or a message without a role
     */
    public static ReplaySnapshot load(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the snapshot " + file, e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The snapshot " + file + " is not valid YAML: " + e.getOriginalMessage(),
                    e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("The snapshot " + file + " is not a YAML mapping");
        }
        try {
            List<String> models = new ArrayList<>();
            for (JsonNode model : root.path("models").values()) {
                models.add(model.asString());
            }
            List<RecordedError> errors = new ArrayList<>();
            for (JsonNode error : root.path("errors").values()) {
                errors.add(new RecordedError(optionalText(error.path("model")), error.path("status").asInt(),
                        optionalText(error.path("code")), optionalText(error.path("message")),
                        error.path("retryAfterSeconds").isNumber() ? error.path("retryAfterSeconds").asInt() : null,
                        SnapshotNormalizer.normalizeStored(messages(error.path("messages")))));
            }
            List<Conversation> conversations = new ArrayList<>();
            for (JsonNode conversation : root.path("conversations").values()) {
                conversations.add(new Conversation(
                        SnapshotNormalizer.normalizeStored(messages(conversation.path("messages")))));
            }
            return new ReplaySnapshot(file, models.isEmpty() ? List.of(DEFAULT_MODEL) : models, errors,
                    conversations);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The snapshot " + file + " is malformed: " + e.getMessage(), e);
        }
    }

    /** The file name without {@code .yaml}, such as {@code should_have_stateful_conversation}. */
    public String name() {
        String fileName = file.getFileName().toString();
        return fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - 5) : fileName;
    }

    private static List<Message> messages(JsonNode array) {
        List<Message> messages = new ArrayList<>();
        for (JsonNode message : array.values()) {
            List<ToolCall> toolCalls = new ArrayList<>();
            for (JsonNode call : message.path("tool_calls").values()) {
                JsonNode function = call.path("function");
                toolCalls.add(new ToolCall(call.path("id").asString(""), call.path("type").asString("function"),
                        function.path("name").asString(""),
                        SnapshotNormalizer.canonicalArguments(function.path("arguments").asString(""))));
            }
            String role = message.path("role").asString("");
            if (role.isEmpty()) {
                throw new IllegalArgumentException("a message has no role: " + message);
            }
            messages.add(new Message(role, optionalText(message.path("tool_call_id")),
                    optionalText(message.path("content")), optionalText(message.path("refusal")), toolCalls));
        }
        return messages;
    }

    private static @Nullable String optionalText(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asString() : null;
    }

    /**
     * One recorded conversation: the whole history of a session's model calls. Each live request is a strict prefix
     * of it that ends right before an assistant message.
     *
     * @param messages the normalised messages, in order
     */
    public record Conversation(List<Message> messages) {

        public Conversation {
            messages = List.copyOf(messages);
        }

        /** The user messages' texts, in order: the prompts a test sends to replay this conversation. */
        public List<String> userPrompts() {
            List<String> prompts = new ArrayList<>();
            for (Message message : messages) {
                if (message.role().equals("user") && message.content() != null) {
                    prompts.add(message.content());
                }
            }
            return prompts;
        }

        /** The text of the last assistant message that has text, if any: the conversation's final answer. */
        public Optional<String> finalAssistantContent() {
            for (int i = messages.size() - 1; i >= 0; i--) {
                Message message = messages.get(i);
                if (message.role().equals("assistant") && message.content() != null) {
                    return Optional.of(message.content());
                }
            }
            return Optional.empty();
        }
    }

    /**
     * An HTTP error the replay answers instead of a completion when a request's normalised messages equal
     * {@code messages} (and its model equals {@code model}, unless that is null).
     *
     * @param model the model the error applies to; null for every model
     * @param status the HTTP status
     * @param code the error code and type; null for {@code rate_limited}
     * @param message the error message; null for a generic rate-limit message
     * @param retryAfterSeconds the {@code retry-after} header value; null for none
     * @param messages the normalised request messages the error answers
     */
    public record RecordedError(@Nullable String model, int status, @Nullable String code, @Nullable String message,
            @Nullable Integer retryAfterSeconds, List<Message> messages) {

        public RecordedError {
            messages = List.copyOf(messages);
        }
    }

    /**
     * A chat-completions message in normalised form. Two messages match when they are equal.
     *
     * @param role {@code system}, {@code user}, {@code assistant} or {@code tool}
     * @param toolCallId the call a {@code tool} message answers; null otherwise
     * @param content the text; null when absent or empty
     * @param refusal an assistant's refusal, as recorded; null when absent
     * @param toolCalls an assistant's tool calls; empty when none
     */
    public record Message(String role, @Nullable String toolCallId, @Nullable String content,
            @Nullable String refusal, List<ToolCall> toolCalls) {

        public Message {
            Objects.requireNonNull(role, "role");
            toolCalls = List.copyOf(toolCalls);
        }

        /** A message with only a role and content. */
        public static Message of(String role, @Nullable String content) {
            return new Message(role, null, content, null, List.of());
        }

        Message withContent(@Nullable String newContent) {
            return new Message(role, toolCallId, newContent, refusal, toolCalls);
        }

        /**
         * The message as JSON in the snapshot's key order ({@code role}, {@code tool_call_id}, {@code content},
         * {@code refusal}, {@code tool_calls}), absent parts omitted.
         */
        public ObjectNode toJson() {
            ObjectNode json = JsonNodeFactory.instance.objectNode().put("role", role);
            if (toolCallId != null) {
                json.put("tool_call_id", toolCallId);
            }
            if (content != null) {
                json.put("content", content);
            }
            if (refusal != null) {
                json.put("refusal", refusal);
            }
            if (!toolCalls.isEmpty()) {
                ArrayNode calls = json.putArray("tool_calls");
                for (ToolCall call : toolCalls) {
                    ObjectNode entry = calls.addObject().put("id", call.id()).put("type", call.type());
                    entry.putObject("function").put("name", call.name()).put("arguments", call.arguments());
                }
            }
            return json;
        }

        /** {@link #toJson()} as compact text. */
        @Override
        public String toString() {
            return JavaScriptJson.stringify(toJson());
        }
    }

    /**
     * A function tool call in normalised form.
     *
     * @param id the call id, {@code toolcall_N}
     * @param type the call type, {@code function}
     * @param name the tool name; the shell tools as {@code ${shell}}, {@code ${read_shell}}, {@code ${write_shell}}
     * @param arguments the arguments as compact JSON text ({@code {}} when empty)
     */
    public record ToolCall(String id, String type, String name, String arguments) {

        public ToolCall {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(arguments, "arguments");
        }
    }
}
