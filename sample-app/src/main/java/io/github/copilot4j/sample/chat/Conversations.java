package io.github.copilot4j.sample.chat;

import io.github.copilot4j.CopilotException;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.ToolExecutionCompleteEvent;
import io.github.copilot4j.event.ToolExecutionStartEvent;
import io.github.copilot4j.event.UserMessageEvent;
import io.github.copilot4j.sample.audit.ToolArguments;
import io.github.copilot4j.spring.session.CopilotSessionFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The browser conversations, one Copilot session each. A conversation stays open while it is used; one idle for
 * longer than {@code support-desk.conversation-idle-timeout} (default 30 minutes) is released, and resumed from the
 * CLI's store when its page comes back.
 */
@Service
public class Conversations {

    /** The longest message accepted from the page. */
    public static final int MAX_MESSAGE_LENGTH = 2000;

    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Logger log = LoggerFactory.getLogger(Conversations.class);

    private final CopilotSessionFactory sessions;
    private final TicketApprovals approvals;
    private final Duration idleTimeout;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Conversation> open = new ConcurrentHashMap<>();
    private final Object resuming = new Object();

    public Conversations(CopilotSessionFactory sessions, TicketApprovals approvals,
            @Value("${support-desk.conversation-idle-timeout:30m}") Duration idleTimeout) {
        this.sessions = sessions;
        this.approvals = approvals;
        this.idleTimeout = idleTimeout;
    }

    /** Starts a conversation in a new Copilot session. */
    public ConversationView start() {
        CopilotSession session = sessions.create();
        Conversation conversation = new Conversation(session, false, clock.instant());
        open.put(conversation.id(), conversation);
        log.info("Started conversation {}", conversation.id());
        return view(conversation, List.of());
    }

    /**
     * The conversation with its history, resumed from the CLI's store when it is not open.
     *
     * @throws UnknownConversationException when there is no such conversation
     */
    public ConversationView get(String id) {
        Conversation conversation = open(id);
        return view(conversation, history(conversation.session().getMessages()));
    }

    /**
     * Sends the user's message; the answer streams to the conversation's pages.
     *
     * @return the id of the message
     * @throws UnknownConversationException when there is no such conversation
     * @throws IllegalArgumentException when the message is blank or too long
     */
    public String send(String id, String message) {
        String text = message.strip();
        if (text.isEmpty() || text.length() > MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("A message must have 1 to " + MAX_MESSAGE_LENGTH + " characters");
        }
        Conversation conversation = open(id);
        conversation.turnStarted(clock.instant());
        try {
            return conversation.session().send(text);
        } catch (RuntimeException e) {
            conversation.turnEnded(clock.instant());
            throw e;
        }
    }

    /** Notes that the conversation's turn ended. */
    void turnEnded(String id) {
        Conversation conversation = open.get(id);
        if (conversation != null) {
            conversation.turnEnded(clock.instant());
        }
    }

    /**
     * Makes sure the conversation is open, resuming its session if needed.
     *
     * @throws UnknownConversationException when there is no such conversation
     */
    public void ensureOpen(String id) {
        open(id);
    }

    /**
     * Releases the conversation's session; its history stays in the CLI's store, and the next use resumes it.
     *
     * @return whether the conversation was open
     */
    public boolean release(String id) {
        Conversation conversation = open.remove(id);
        if (conversation == null) {
            return false;
        }
        try {
            conversation.session().disconnect();
        } catch (CopilotException e) {
            log.debug("Releasing conversation {} failed: {}", id, e.toString());
        }
        log.info("Released conversation {}", id);
        return true;
    }

    /** Releases the conversations idle for longer than the idle timeout. */
    @Scheduled(fixedDelayString = "${support-desk.conversation-sweep-interval:60s}")
    public void releaseIdleConversations() {
        Instant cutoff = clock.instant().minus(idleTimeout);
        for (Conversation conversation : List.copyOf(open.values())) {
            if (!conversation.busy() && conversation.lastActive().isBefore(cutoff)
                    && !approvals.isWaiting(conversation.id())) {
                release(conversation.id());
            }
        }
    }

    private Conversation open(String id) {
        if (!SESSION_ID.matcher(id).matches()) {
            throw new UnknownConversationException(id);
        }
        Conversation conversation = open.get(id);
        if (conversation != null && conversation.session().isConnected()) {
            conversation.touch(clock.instant());
            return conversation;
        }
        synchronized (resuming) {
            conversation = open.get(id);
            if (conversation != null && conversation.session().isConnected()) {
                return conversation;
            }
            CopilotSession session;
            try {
                session = sessions.resume(id);
            } catch (CopilotException e) {
                throw new UnknownConversationException(id, e);
            }
            conversation = new Conversation(session, true, clock.instant());
            open.put(id, conversation);
            log.info("Resumed conversation {}", id);
            return conversation;
        }
    }

    private ConversationView view(Conversation conversation, List<HistoryEntry> entries) {
        return new ConversationView(conversation.id(), conversation.resumed(), conversation.busy(), entries,
                approvals.waiting(conversation.id()));
    }

    /** The messages and tool calls of a session's stored events. */
    static List<HistoryEntry> history(List<SessionEvent> events) {
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, Integer> toolEntries = new HashMap<>();
        for (SessionEvent event : events) {
            if (event.agentId() != null) {
                continue;
            }
            if (event instanceof UserMessageEvent user) {
                entries.add(HistoryEntry.user(user.content()));
            } else if (event instanceof AssistantMessageEvent message && message.parentToolCallId() == null
                    && !message.content().isBlank()) {
                entries.add(HistoryEntry.assistant(message.content()));
            } else if (event instanceof ToolExecutionStartEvent start && start.parentToolCallId() == null) {
                toolEntries.put(start.toolCallId(), entries.size());
                entries.add(HistoryEntry.tool(start.toolCallId(), start.toolName(),
                        ToolArguments.summary(start.arguments()), "running"));
            } else if (event instanceof ToolExecutionCompleteEvent complete) {
                Integer index = toolEntries.get(complete.toolCallId());
                if (index != null) {
                    entries.set(index, entries.get(index).withStatus(complete.success() ? "success" : "failure"));
                }
            }
        }
        return entries;
    }
}
