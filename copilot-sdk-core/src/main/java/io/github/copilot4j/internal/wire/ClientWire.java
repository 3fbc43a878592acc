package io.github.copilot4j.internal.wire;

import io.github.copilot4j.AuthStatus;
import io.github.copilot4j.ModelInfo;
import io.github.copilot4j.ServerStatus;
import io.github.copilot4j.SessionContext;
import io.github.copilot4j.SessionMetadata;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Wire forms of the client-level (server-scoped) requests and results. */
public final class ClientWire {

    private ClientWire() {
    }

    /** {@code status.get} result. */
    public static ServerStatus serverStatus(JsonNode result) {
        return new ServerStatus(result.path("version").asString(""), result.path("protocolVersion").asInt(0));
    }

    /** {@code auth.getStatus} result. */
    public static AuthStatus authStatus(JsonNode result) {
        return new AuthStatus(result.path("isAuthenticated").asBoolean(false), text(result, "authType"),
                text(result, "host"), text(result, "login"), text(result, "statusMessage"));
    }

    /** {@code models.list} result. */
    public static List<ModelInfo> models(JsonNode result) {
        List<ModelInfo> models = new ArrayList<>();
        for (JsonNode model : result.path("models")) {
            JsonNode capabilities = model.path("capabilities");
            JsonNode supports = capabilities.path("supports");
            JsonNode limits = capabilities.path("limits");
            List<String> efforts = new ArrayList<>();
            model.path("supportedReasoningEfforts").forEach(effort -> efforts.add(effort.asString()));
            String id = model.path("id").asString("");
            models.add(new ModelInfo(id, model.path("name").asString(id), supports.path("vision").asBoolean(false),
                    supports.path("reasoningEffort").asBoolean(false),
                    limits.path("max_context_window_tokens").asLong(0), number(limits, "max_prompt_tokens"),
                    number(limits, "max_output_tokens"), efforts, text(model, "defaultReasoningEffort"),
                    text(model.path("policy"), "state")));
        }
        return List.copyOf(models);
    }

    /** {@code session.list} params for a filter; members that are {@code null} are left out. */
    public static ObjectNode listSessionsParams(SessionContext filter) {
        ObjectNode params = WireJson.object();
        ObjectNode wireFilter = WireJson.MAPPER.valueToTree(filter);
        if (!wireFilter.isEmpty()) {
            params.set("filter", wireFilter);
        }
        return params;
    }

    /** {@code session.list} result. */
    public static List<SessionMetadata> sessionList(JsonNode result) {
        List<SessionMetadata> sessions = new ArrayList<>();
        for (JsonNode session : result.path("sessions")) {
            sessions.add(sessionMetadataOf(session));
        }
        return List.copyOf(sessions);
    }

    /** {@code session.getMetadata} result. */
    public static Optional<SessionMetadata> sessionMetadata(JsonNode result) {
        JsonNode session = result.get("session");
        return session == null || session.isNull() ? Optional.empty() : Optional.of(sessionMetadataOf(session));
    }

    private static SessionMetadata sessionMetadataOf(JsonNode session) {
        JsonNode context = session.get("context");
        SessionContext sessionContext = context == null || context.isNull() ? null
                : new SessionContext(text(context, "cwd"), text(context, "gitRoot"), text(context, "repository"),
                        text(context, "branch"));
        return new SessionMetadata(session.path("sessionId").asString(""), instant(session, "startTime"),
                instant(session, "modifiedTime"), text(session, "summary"), session.path("isRemote").asBoolean(false),
                sessionContext);
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static @Nullable Long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? value.asLong() : null;
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
