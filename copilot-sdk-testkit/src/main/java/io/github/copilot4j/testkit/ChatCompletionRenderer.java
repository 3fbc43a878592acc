package io.github.copilot4j.testkit;

import io.github.copilot4j.internal.wire.WireJson;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Turns a {@link ModelReply.Completion} into an OpenAI {@code chat.completion} body or its stream chunks. */
final class ChatCompletionRenderer {

    /** Code points per streamed content or arguments slice, roughly one token. */
    private static final int SLICE_LENGTH = 4;

    private final String id;
    private final long created;
    private final String model;
    private final ModelReply.Completion completion;
    private final List<String> toolCallIds;
    private final int promptTokens;

    /** Renders {@code completion} with one id in {@code toolCallIds} per tool call, reporting {@code promptTokens}. */
    ChatCompletionRenderer(String id, long created, String model, ModelReply.Completion completion,
            List<String> toolCallIds, int promptTokens) {
        this.id = id;
        this.created = created;
        this.model = model;
        this.completion = completion;
        this.toolCallIds = List.copyOf(toolCallIds);
        this.promptTokens = promptTokens;
    }

    /** A rough token count: one token per four characters, at least one. */
    static int estimateTokens(int characters) {
        return Math.max(1, (characters + 3) / 4);
    }

    /** The non-streaming {@code chat.completion} body. */
    ObjectNode body() {
        ObjectNode body = header("chat.completion");
        ObjectNode message = WireJson.object().put("role", "assistant");
        if (completion.text().isEmpty() && !completion.toolCalls().isEmpty()) {
            message.putNull("content");
        } else {
            message.put("content", completion.text());
        }
        if (!completion.toolCalls().isEmpty()) {
            ArrayNode calls = message.putArray("tool_calls");
            for (int i = 0; i < completion.toolCalls().size(); i++) {
                ModelReply.ToolCall call = completion.toolCalls().get(i);
                calls.addObject()
                        .put("id", toolCallIds.get(i))
                        .put("type", "function")
                        .set("function", WireJson.object()
                                .put("name", call.name())
                                .put("arguments", call.argumentsJson()));
            }
        }
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
        choice.set("message", message);
        choice.put("finish_reason", finishReason());
        body.set("usage", usage());
        return body;
    }

    /**
     * The {@code chat.completion.chunk} objects of a streamed answer: the text in several content deltas, then each
     * tool call as a delta naming it followed by argument slices, then an empty delta carrying the finish reason,
     * then (if {@code includeUsage}) a chunk with no choices and the usage.
     */
    List<ObjectNode> chunks(boolean includeUsage) {
        List<ObjectNode> chunks = new ArrayList<>();
        for (String slice : slices(completion.text())) {
            chunks.add(chunk(delta(chunks).put("content", slice)));
        }
        for (int i = 0; i < completion.toolCalls().size(); i++) {
            ModelReply.ToolCall call = completion.toolCalls().get(i);
            ObjectNode named = delta(chunks);
            if (chunks.isEmpty()) {
                named.putNull("content");
            }
            named.putArray("tool_calls").addObject()
                    .put("index", i)
                    .put("id", toolCallIds.get(i))
                    .put("type", "function")
                    .set("function", WireJson.object().put("name", call.name()).put("arguments", ""));
            chunks.add(chunk(named));
            for (String slice : slices(call.argumentsJson())) {
                ObjectNode arguments = delta(chunks);
                arguments.putArray("tool_calls").addObject()
                        .put("index", i)
                        .set("function", WireJson.object().put("arguments", slice));
                chunks.add(chunk(arguments));
            }
        }
        if (chunks.isEmpty()) {
            chunks.add(chunk(delta(chunks).put("content", "")));
        }
        ObjectNode last = chunk(WireJson.object());
        ((ObjectNode) last.path("choices").path(0)).put("finish_reason", finishReason());
        chunks.add(last);
        if (includeUsage) {
            ObjectNode usageChunk = header("chat.completion.chunk");
            usageChunk.putArray("choices");
            usageChunk.set("usage", usage());
            chunks.add(usageChunk);
        }
        return chunks;
    }

    /** A new delta; the first one of a stream names the role. */
    private static ObjectNode delta(List<ObjectNode> chunksSoFar) {
        ObjectNode delta = WireJson.object();
        if (chunksSoFar.isEmpty()) {
            delta.put("role", "assistant");
        }
        return delta;
    }

    private ObjectNode chunk(ObjectNode delta) {
        ObjectNode chunk = header("chat.completion.chunk");
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        choice.putNull("finish_reason");
        return chunk;
    }

    private ObjectNode header(String object) {
        return WireJson.object()
                .put("id", id)
                .put("object", object)
                .put("created", created)
                .put("model", model);
    }

    private String finishReason() {
        return completion.toolCalls().isEmpty() ? "stop" : "tool_calls";
    }

    private ObjectNode usage() {
        int characters = completion.text().length();
        for (ModelReply.ToolCall call : completion.toolCalls()) {
            characters += call.name().length() + call.argumentsJson().length();
        }
        int completionTokens = estimateTokens(characters);
        return WireJson.object()
                .put("prompt_tokens", promptTokens)
                .put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
    }

    /** Splits {@code text} into slices of {@link #SLICE_LENGTH} code points; none for empty text. */
    private static List<String> slices(String text) {
        List<String> slices = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.offsetByCodePoints(start, Math.min(SLICE_LENGTH, text.codePointCount(start, text.length())));
            slices.add(text.substring(start, end));
            start = end;
        }
        return slices;
    }
}
