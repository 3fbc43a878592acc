package io.github.copilot4j.sample.chat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The server-sent event streams of the open pages, by conversation: a page subscribes to its conversation and
 * receives what {@link #send} publishes for it. Streams end when the application shuts down, so that they do not hold
 * up the web server's graceful shutdown.
 */
@Component
public class ConversationStreams implements ApplicationListener<ContextClosedEvent> {

    /** How long a stream stays open; the browser reconnects after that. */
    static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

    private static final Logger log = LoggerFactory.getLogger(ConversationStreams.class);

    private final Map<String, List<SseEmitter>> streams = new ConcurrentHashMap<>();

    /** A new stream of the conversation's events, which starts with a {@code ready} event. */
    public SseEmitter subscribe(String conversationId) {
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        streams.computeIfAbsent(conversationId, id -> new CopyOnWriteArrayList<>()).add(emitter);
        Runnable remove = () -> remove(conversationId, emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        send(conversationId, emitter, "ready", Map.of("conversationId", conversationId));
        return emitter;
    }

    /** Sends an event, its data as JSON, to every stream of the conversation. */
    public void send(String conversationId, String name, Object data) {
        List<SseEmitter> emitters = streams.get(conversationId);
        if (emitters != null) {
            emitters.forEach(emitter -> send(conversationId, emitter, name, data));
        }
    }

    private void send(String conversationId, SseEmitter emitter, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            log.debug("A stream of conversation {} is gone: {}", conversationId, e.toString());
            remove(conversationId, emitter);
        }
    }

    private void remove(String conversationId, SseEmitter emitter) {
        streams.computeIfPresent(conversationId, (id, emitters) -> {
            emitters.remove(emitter);
            return emitters.isEmpty() ? null : emitters;
        });
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        streams.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
        streams.clear();
    }
}
