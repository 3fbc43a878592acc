package io.github.copilot4j.internal.session;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.SystemMessage;
import io.github.copilot4j.config.SystemMessage.SectionTransform;
import io.github.copilot4j.internal.wire.WireJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers {@code systemMessage.transform}: runs the section transform callbacks of a customized system message on the
 * callback executor and answers {@code {sections: {<id>: {content}}}} with every section the CLI sent. A section
 * without a callback, or whose callback throws or returns null, is sent back unchanged; when the callbacks run past
 * the handler timeout, every section is.
 */
final class SystemMessageTransformer implements SessionFeature {

    static final String METHOD = "systemMessage.transform";

    private static final Logger log = LoggerFactory.getLogger(SystemMessageTransformer.class);

    private final Map<String, SectionTransform> transforms;

    SystemMessageTransformer(Map<String, SectionTransform> transforms) {
        this.transforms = Map.copyOf(transforms);
    }

    /** The transformer for a customized system message with at least one transform callback. */
    static Optional<SessionFeature> forConfig(SessionConfig config) {
        if (!(config.systemMessage() instanceof SystemMessage.Customize customize)) {
            return Optional.empty();
        }
        Map<String, SectionTransform> transforms = new LinkedHashMap<>();
        customize.sections().forEach((id, override) -> {
            if (override.transform() != null) {
                transforms.put(id, override.transform());
            }
        });
        return transforms.isEmpty() ? Optional.empty() : Optional.of(new SystemMessageTransformer(transforms));
    }

    @Override
    public @Nullable CompletableFuture<?> onRequest(String method, JsonNode params, SessionChannel channel) {
        if (!method.equals(METHOD)) {
            return null;
        }
        JsonNode sections = params.path("sections");
        String sessionId = channel.sessionId();
        return Answers.compute(channel, "The system message transform", () -> answer(sections, sessionId, true))
                .exceptionally(failure -> {
                    log.warn("Session {}: {}; keeping every section unchanged", sessionId, failure.getMessage());
                    return answer(sections, sessionId, false);
                });
    }

    /** The sections, transformed or, without {@code transform}, echoed unchanged. */
    private ObjectNode answer(JsonNode sections, String sessionId, boolean transform) {
        ObjectNode answer = WireJson.object();
        ObjectNode transformed = answer.putObject("sections");
        for (Map.Entry<String, JsonNode> section : sections.properties()) {
            String id = section.getKey();
            String content = section.getValue().path("content").asString("");
            transformed.putObject(id).put("content", transform ? transform(id, content, sessionId) : content);
        }
        return answer;
    }

    private String transform(String id, String content, String sessionId) {
        SectionTransform transform = transforms.get(id);
        if (transform == null) {
            return content;
        }
        try {
            String result = transform.transform(content);
            return result != null ? result : content;
        } catch (Exception e) {
            log.warn("Session {}: the transform of system message section {} failed; keeping the section unchanged",
                    sessionId, id, e);
            return content;
        }
    }
}
