package io.github.copilot4j.sample.chat;

import io.github.copilot4j.event.AssistantMessageDeltaEvent;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.SessionErrorEvent;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.event.ToolExecutionCompleteEvent;
import io.github.copilot4j.event.ToolExecutionStartEvent;
import io.github.copilot4j.sample.audit.ToolArguments;
import io.github.copilot4j.spring.event.CopilotSessionEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Relays the sessions' events, which the starter publishes as typed {@link CopilotSessionEvent}s, to the pages of
 * their conversations: streamed text ({@code delta}), the final message ({@code message}), tool calls starting and
 * finishing ({@code tool-start}, {@code tool-end}), the end of a turn ({@code idle}) and errors ({@code error}).
 * Events of sub-agents are left out.
 */
@Component
class ConversationEventRelay {

    private final ConversationStreams streams;
    private final Conversations conversations;

    ConversationEventRelay(ConversationStreams streams, Conversations conversations) {
        this.streams = streams;
        this.conversations = conversations;
    }

    @EventListener
    void onDelta(CopilotSessionEvent<AssistantMessageDeltaEvent> event) {
        AssistantMessageDeltaEvent delta = event.event();
        if (delta.parentToolCallId() == null && delta.agentId() == null) {
            streams.send(event.sessionId(), "delta", new Delta(delta.messageId(), delta.deltaContent()));
        }
    }

    @EventListener
    void onMessage(CopilotSessionEvent<AssistantMessageEvent> event) {
        AssistantMessageEvent message = event.event();
        if (message.parentToolCallId() == null && message.agentId() == null && !message.content().isBlank()) {
            streams.send(event.sessionId(), "message", new Message(message.messageId(), message.content()));
        }
    }

    @EventListener
    void onToolStart(CopilotSessionEvent<ToolExecutionStartEvent> event) {
        ToolExecutionStartEvent start = event.event();
        if (start.parentToolCallId() == null) {
            streams.send(event.sessionId(), "tool-start", new ToolStart(start.toolCallId(), start.toolName(),
                    ToolArguments.summary(start.arguments())));
        }
    }

    @EventListener
    void onToolComplete(CopilotSessionEvent<ToolExecutionCompleteEvent> event) {
        ToolExecutionCompleteEvent complete = event.event();
        if (complete.parentToolCallId() == null) {
            streams.send(event.sessionId(), "tool-end", new ToolEnd(complete.toolCallId(), complete.success(),
                    complete.error() != null ? complete.error().message() : null));
        }
    }

    @EventListener
    void onIdle(CopilotSessionEvent<SessionIdleEvent> event) {
        conversations.turnEnded(event.sessionId());
        streams.send(event.sessionId(), "idle", new Idle(event.event().aborted()));
    }

    @EventListener
    void onError(CopilotSessionEvent<SessionErrorEvent> event) {
        streams.send(event.sessionId(), "error", new Failure(event.event().errorType(), event.event().message()));
    }

    /** A chunk of streamed text. */
    record Delta(String messageId, String text) {
    }

    /** A complete assistant message. */
    record Message(String messageId, String text) {
    }

    /** A tool call that started. */
    record ToolStart(String toolCallId, String toolName, String arguments) {
    }

    /** A tool call that finished. */
    record ToolEnd(String toolCallId, boolean success, @Nullable String error) {
    }

    /** The end of a turn. */
    record Idle(boolean aborted) {
    }

    /** An error of the session. */
    record Failure(String errorType, String message) {
    }
}
