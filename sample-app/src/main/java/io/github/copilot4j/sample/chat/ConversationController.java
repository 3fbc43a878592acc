package io.github.copilot4j.sample.chat;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The page's API for conversations: start, load, stream, send messages and decide approvals. */
@RestController
@RequestMapping("/api/conversations")
class ConversationController {

    private final Conversations conversations;
    private final ConversationStreams streams;
    private final TicketApprovals approvals;

    ConversationController(Conversations conversations, ConversationStreams streams, TicketApprovals approvals) {
        this.conversations = conversations;
        this.streams = streams;
        this.approvals = approvals;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ConversationView start() {
        return conversations.start();
    }

    @GetMapping("/{id}")
    ConversationView get(@PathVariable String id) {
        return conversations.get(id);
    }

    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String id) {
        conversations.ensureOpen(id);
        return streams.subscribe(id);
    }

    @PostMapping("/{id}/messages")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> send(@PathVariable String id, @RequestBody MessageRequest request) {
        return Map.of("messageId", conversations.send(id, request.text() == null ? "" : request.text()));
    }

    @PostMapping("/{id}/approvals/{requestId}")
    ResponseEntity<Void> decide(@PathVariable String id, @PathVariable String requestId,
            @RequestBody ApprovalDecision decision) {
        return approvals.resolve(id, requestId, decision.approved())
                ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", String.valueOf(e.getMessage())));
    }

    /** A message of the user. */
    record MessageRequest(@Nullable String text) {
    }

    /** A person's decision on a tool call waiting for approval. */
    record ApprovalDecision(boolean approved) {
    }
}
