package io.github.copilot4j.testkit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One message of a chat completions request, simplified for assertions.
 *
 * @param role {@code system}, {@code user}, {@code assistant} or {@code tool}
 * @param content the text: string content as is, or the text parts of array content joined with {@code "\n"};
 *     empty when the message has none
 * @param toolCalls the tool calls of an assistant message; empty for none
 * @param toolCallId the call a {@code tool} message answers, or null
 */
public record ModelMessage(String role, String content, List<ToolCall> toolCalls, @Nullable String toolCallId) {

    /** Copies the tool calls. */
    public ModelMessage {
        toolCalls = List.copyOf(toolCalls);
    }

    /**
     * A tool call that an assistant message of the conversation made.
     *
     * @param id the call id (a {@code tool} message refers to it)
     * @param name the tool name
     * @param arguments the arguments as JSON text, as sent
     */
    public record ToolCall(String id, String name, String arguments) {
    }
}
