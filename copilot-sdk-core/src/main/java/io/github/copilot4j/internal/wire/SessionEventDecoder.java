package io.github.copilot4j.internal.wire;

import static java.util.Map.entry;

import io.github.copilot4j.event.AbortEvent;
import io.github.copilot4j.event.AssistantIdleEvent;
import io.github.copilot4j.event.AssistantMessageDeltaEvent;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.AssistantReasoningDeltaEvent;
import io.github.copilot4j.event.AssistantReasoningEvent;
import io.github.copilot4j.event.AssistantTurnEndEvent;
import io.github.copilot4j.event.AssistantTurnStartEvent;
import io.github.copilot4j.event.AssistantUsageEvent;
import io.github.copilot4j.event.ElicitationCompletedEvent;
import io.github.copilot4j.event.ElicitationRequestedEvent;
import io.github.copilot4j.event.EventEnvelope;
import io.github.copilot4j.event.ExternalToolCompletedEvent;
import io.github.copilot4j.event.ExternalToolRequestedEvent;
import io.github.copilot4j.event.HookEndEvent;
import io.github.copilot4j.event.HookStartEvent;
import io.github.copilot4j.event.PermissionCompletedEvent;
import io.github.copilot4j.event.PermissionRequestedEvent;
import io.github.copilot4j.event.SessionCompactionCompleteEvent;
import io.github.copilot4j.event.SessionCompactionStartEvent;
import io.github.copilot4j.event.SessionErrorEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.event.SessionModelChangeEvent;
import io.github.copilot4j.event.SessionResumeEvent;
import io.github.copilot4j.event.SessionShutdownEvent;
import io.github.copilot4j.event.SessionStartEvent;
import io.github.copilot4j.event.SessionTitleChangedEvent;
import io.github.copilot4j.event.SessionUsageInfoEvent;
import io.github.copilot4j.event.ToolExecutionCompleteEvent;
import io.github.copilot4j.event.ToolExecutionPartialResultEvent;
import io.github.copilot4j.event.ToolExecutionProgressEvent;
import io.github.copilot4j.event.ToolExecutionStartEvent;
import io.github.copilot4j.event.UnknownSessionEvent;
import io.github.copilot4j.event.UserInputCompletedEvent;
import io.github.copilot4j.event.UserInputRequestedEvent;
import io.github.copilot4j.event.UserMessageEvent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Turns the {@code event} object of a {@code session.event} notification into a typed {@link SessionEvent}. Never
 * throws and never drops an event: an unknown type, or a known type whose {@code data} does not match its schema,
 * becomes an {@link UnknownSessionEvent} carrying the raw data. Thread-safe, and cheap enough to run on the
 * connection's reader thread for every event.
 */
public final class SessionEventDecoder {

    private static final Logger LOG = LoggerFactory.getLogger(SessionEventDecoder.class);

    /** Builds one typed event from its envelope and data. */
    @FunctionalInterface
    private interface Binder {
        SessionEvent bind(EventEnvelope envelope, EventDataReader data);
    }

    private static final Map<String, Binder> BINDERS = Map.ofEntries(
            entry(SessionStartEvent.TYPE, (e, d) -> new SessionStartEvent(e,
                    d.text("sessionId"), d.longValue("version"), d.text("producer"), d.text("copilotVersion"),
                    d.text("startTime"), d.optionalText("selectedModel"), d.optionalText("reasoningEffort"),
                    d.optionalObject("context"), d.optionalBoolean("alreadyInUse"),
                    d.optionalBoolean("remoteSteerable"))),
            entry(SessionResumeEvent.TYPE, (e, d) -> new SessionResumeEvent(e,
                    d.text("resumeTime"), d.longValue("eventCount"), d.optionalText("selectedModel"),
                    d.optionalText("reasoningEffort"), d.optionalObject("context"), d.optionalBoolean("alreadyInUse"),
                    d.optionalBoolean("remoteSteerable"), d.optionalBoolean("continuePendingWork"),
                    d.optionalBoolean("sessionWasActive"))),
            entry(SessionIdleEvent.TYPE, (e, d) -> new SessionIdleEvent(e, d.flag("aborted", false))),
            entry(SessionErrorEvent.TYPE, (e, d) -> new SessionErrorEvent(e,
                    d.text("errorType"), d.text("message"), d.optionalText("stack"), d.optionalInteger("statusCode"),
                    d.optionalText("errorCode"), d.optionalText("providerCallId"), d.optionalText("serviceRequestId"),
                    d.optionalText("url"), d.flag("eligibleForAutoSwitch", false))),
            entry(SessionShutdownEvent.TYPE, (e, d) -> new SessionShutdownEvent(e,
                    d.text("shutdownType"), d.optionalText("errorReason"), d.longValue("totalApiDurationMs"),
                    d.longValue("sessionStartTime"), d.optionalText("currentModel"), d.optionalLong("currentTokens"),
                    d.optionalLong("conversationTokens"), d.optionalLong("systemTokens"),
                    d.optionalLong("toolDefinitionsTokens"), d.object("codeChanges"), d.object("modelMetrics"))),
            entry(SessionTitleChangedEvent.TYPE, (e, d) -> new SessionTitleChangedEvent(e, d.text("title"))),
            entry(SessionUsageInfoEvent.TYPE, (e, d) -> new SessionUsageInfoEvent(e,
                    d.longValue("currentTokens"), d.longValue("tokenLimit"), d.longValue("messagesLength"),
                    d.optionalLong("conversationTokens"), d.optionalLong("systemTokens"),
                    d.optionalLong("toolDefinitionsTokens"), d.flag("isInitial", false))),
            entry(SessionCompactionStartEvent.TYPE, (e, d) -> new SessionCompactionStartEvent(e,
                    d.optionalText("trigger"), d.optionalText("model"), d.optionalLong("currentTokens"),
                    d.optionalLong("tokenLimit"), d.optionalLong("conversationTokens"), d.optionalLong("systemTokens"),
                    d.optionalLong("toolDefinitionsTokens"))),
            entry(SessionCompactionCompleteEvent.TYPE, (e, d) -> new SessionCompactionCompleteEvent(e,
                    d.flag("success", false), d.optionalText("error"), d.optionalText("trigger"),
                    d.optionalLong("preCompactionTokens"), d.optionalLong("postCompactionTokens"),
                    d.optionalLong("tokensRemoved"), d.optionalLong("messagesRemoved"),
                    d.optionalLong("preCompactionMessagesLength"), d.optionalText("summaryContent"),
                    d.optionalLong("checkpointNumber"), d.optionalText("checkpointPath"))),
            entry(SessionModelChangeEvent.TYPE, (e, d) -> new SessionModelChangeEvent(e,
                    d.text("newModel"), d.optionalText("previousModel"), d.optionalText("reasoningEffort"),
                    d.optionalText("previousReasoningEffort"), d.optionalText("source"), d.optionalText("cause"))),
            entry(UserMessageEvent.TYPE, (e, d) -> new UserMessageEvent(e,
                    d.text("content"), d.optionalText("transformedContent"), d.jsonList("attachments"),
                    d.optionalText("source"), d.optionalText("agentMode"), d.optionalText("delivery"),
                    d.optionalText("interactionId"), d.optionalText("turnId"))),
            entry(AssistantTurnStartEvent.TYPE, (e, d) -> new AssistantTurnStartEvent(e,
                    d.text("turnId"), d.optionalText("model"), d.optionalText("interactionId"))),
            entry(AssistantTurnEndEvent.TYPE, (e, d) -> new AssistantTurnEndEvent(e,
                    d.text("turnId"), d.optionalText("model"))),
            entry(AssistantMessageEvent.TYPE, (e, d) -> new AssistantMessageEvent(e,
                    d.text("messageId"), d.text("content"),
                    d.objects("toolRequests", SessionEventDecoder::toolRequest), d.optionalText("model"),
                    d.optionalText("parentToolCallId"), d.optionalText("interactionId"), d.optionalText("turnId"),
                    d.optionalText("reasoningText"), d.optionalLong("outputTokens"))),
            entry(AssistantMessageDeltaEvent.TYPE, (e, d) -> new AssistantMessageDeltaEvent(e,
                    d.text("messageId"), d.text("deltaContent"), d.optionalText("parentToolCallId"))),
            entry(AssistantReasoningEvent.TYPE, (e, d) -> new AssistantReasoningEvent(e,
                    d.text("reasoningId"), d.text("content"))),
            entry(AssistantReasoningDeltaEvent.TYPE, (e, d) -> new AssistantReasoningDeltaEvent(e,
                    d.text("reasoningId"), d.text("deltaContent"))),
            entry(AssistantUsageEvent.TYPE, (e, d) -> new AssistantUsageEvent(e,
                    d.text("model"), d.optionalLong("inputTokens"), d.optionalLong("outputTokens"),
                    d.optionalLong("cacheReadTokens"), d.optionalLong("cacheWriteTokens"),
                    d.optionalLong("reasoningTokens"), d.optionalDouble("cost"), d.optionalLong("duration"),
                    d.optionalDouble("timeToFirstTokenMs"), d.optionalDouble("interTokenLatencyMs"),
                    d.optionalText("initiator"), d.optionalText("finishReason"), d.optionalText("apiCallId"),
                    d.optionalText("providerCallId"), d.optionalText("parentToolCallId"),
                    d.optionalText("reasoningEffort"), d.optionalObject("copilotUsage"))),
            entry(AssistantIdleEvent.TYPE, (e, d) -> new AssistantIdleEvent(e, d.flag("aborted", false))),
            entry(AbortEvent.TYPE, (e, d) -> new AbortEvent(e, d.text("reason"))),
            entry(ToolExecutionStartEvent.TYPE, (e, d) -> new ToolExecutionStartEvent(e,
                    d.text("toolCallId"), d.text("toolName"), d.json("arguments"), d.optionalText("mcpServerName"),
                    d.optionalText("mcpToolName"), d.optionalText("model"), d.optionalText("parentToolCallId"),
                    d.optionalText("turnId"))),
            entry(ToolExecutionPartialResultEvent.TYPE, (e, d) -> new ToolExecutionPartialResultEvent(e,
                    d.text("toolCallId"), d.text("partialOutput"))),
            entry(ToolExecutionProgressEvent.TYPE, (e, d) -> new ToolExecutionProgressEvent(e,
                    d.text("toolCallId"), d.text("progressMessage"))),
            entry(ToolExecutionCompleteEvent.TYPE, (e, d) -> new ToolExecutionCompleteEvent(e,
                    d.text("toolCallId"), d.flag("success", false),
                    d.optionalObject("result", SessionEventDecoder::toolResult),
                    d.optionalObject("error", SessionEventDecoder::toolError), d.optionalText("model"),
                    d.optionalText("parentToolCallId"), d.optionalText("interactionId"), d.optionalText("turnId"),
                    d.optionalObject("toolTelemetry"))),
            entry(ExternalToolRequestedEvent.TYPE, (e, d) -> new ExternalToolRequestedEvent(e,
                    d.text("requestId"), d.text("sessionId"), d.text("toolCallId"), d.text("toolName"),
                    d.json("arguments"), d.optionalText("workingDirectory"), d.optionalText("providerId"),
                    d.optionalText("traceparent"), d.optionalText("tracestate"))),
            entry(ExternalToolCompletedEvent.TYPE, (e, d) -> new ExternalToolCompletedEvent(e,
                    d.text("requestId"))),
            entry(PermissionRequestedEvent.TYPE, (e, d) -> new PermissionRequestedEvent(e,
                    d.text("requestId"), d.object("permissionRequest"), d.optionalObject("promptRequest"),
                    d.flag("resolvedByHook", false))),
            entry(PermissionCompletedEvent.TYPE, (e, d) -> new PermissionCompletedEvent(e,
                    d.text("requestId"), d.object("result"), d.optionalText("toolCallId"))),
            entry(HookStartEvent.TYPE, (e, d) -> new HookStartEvent(e,
                    d.text("hookInvocationId"), d.text("hookType"), d.json("input"))),
            entry(HookEndEvent.TYPE, (e, d) -> new HookEndEvent(e,
                    d.text("hookInvocationId"), d.text("hookType"), d.flag("success", false), d.json("output"),
                    d.optionalObject("error", SessionEventDecoder::hookError))),
            entry(UserInputRequestedEvent.TYPE, (e, d) -> new UserInputRequestedEvent(e,
                    d.text("requestId"), d.text("question"), d.texts("choices"), d.flag("allowFreeform", true),
                    d.optionalText("toolCallId"))),
            entry(UserInputCompletedEvent.TYPE, (e, d) -> new UserInputCompletedEvent(e,
                    d.text("requestId"), d.optionalText("answer"), d.optionalBoolean("wasFreeform"))),
            entry(ElicitationRequestedEvent.TYPE, (e, d) -> new ElicitationRequestedEvent(e,
                    d.text("requestId"), d.text("message"), d.optionalText("mode"), d.optionalObject("requestedSchema"),
                    d.optionalText("elicitationSource"), d.optionalText("url"), d.optionalText("toolCallId"))),
            entry(ElicitationCompletedEvent.TYPE, (e, d) -> new ElicitationCompletedEvent(e,
                    d.text("requestId"), d.optionalText("action"), d.optionalObject("content"))));

    private SessionEventDecoder() {
    }

    /**
     * Decodes one event.
     *
     * @param event the {@code params.event} object of a {@code session.event} notification:
     *        {@code {type, data, id, timestamp, parentId, ephemeral?, agentId?}}
     * @return the typed event, or an {@link UnknownSessionEvent} when the type is unknown or its data does not bind
     */
    public static SessionEvent decode(JsonNode event) {
        String type = textOrNull(event.get("type"));
        if (type == null) {
            type = "";
        }
        EventEnvelope envelope = envelope(event, type);
        JsonNode data = event.get("data");
        return bind(envelope, type, data == null || data.isNull() ? WireJson.object() : data);
    }

    /**
     * Decodes the event of a whole {@code session.event} notification frame in one streaming pass. The data of an
     * event of a type without a record is not parsed: the {@link UnknownSessionEvent} parses it when it is read.
     *
     * @return the event, or {@code null} when the frame is not a well-formed {@code session.event} notification
     *         with an event object (the caller then parses it as any other message)
     */
    public static @Nullable SessionEvent decodeNotification(byte[] frame) {
        try (JsonParser parser = WireJson.MAPPER.createParser(frame)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            boolean isSessionEvent = false;
            SessionEvent event = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String property = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (property) {
                    case "method" -> isSessionEvent = value == JsonToken.VALUE_STRING
                            && parser.getString().equals("session.event");
                    case "id" -> {
                        if (value != JsonToken.VALUE_NULL) {
                            return null;
                        }
                    }
                    case "params" -> event = value == JsonToken.START_OBJECT ? eventIn(parser, frame) : null;
                    default -> parser.skipChildren();
                }
            }
            return isSessionEvent && parser.nextToken() == null ? event : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** The event of a notification's params, the parser on their start; {@code null} when they have none. */
    private static @Nullable SessionEvent eventIn(JsonParser parser, byte[] frame) {
        SessionEvent event = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String property = parser.currentName();
            JsonToken value = parser.nextToken();
            if (property.equals("event")) {
                event = value == JsonToken.START_OBJECT ? streamedEvent(parser, frame) : null;
            } else {
                parser.skipChildren();
            }
        }
        return event;
    }

    private static SessionEvent streamedEvent(JsonParser parser, byte[] frame) {
        String type = null;
        String id = null;
        String timestamp = null;
        String parentId = null;
        String agentId = null;
        boolean ephemeral = false;
        JsonNode data = null;
        int dataStart = -1;
        int dataEnd = -1;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String property = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (property) {
                case "type" -> type = stringOrSkip(parser, value);
                case "id" -> id = stringOrSkip(parser, value);
                case "timestamp" -> timestamp = stringOrSkip(parser, value);
                case "parentId" -> parentId = stringOrSkip(parser, value);
                case "agentId" -> agentId = stringOrSkip(parser, value);
                case "ephemeral" -> {
                    ephemeral = value == JsonToken.VALUE_TRUE;
                    parser.skipChildren();
                }
                case "data" -> {
                    data = null;
                    dataStart = -1;
                    if (value == JsonToken.START_OBJECT && (type == null || !BINDERS.containsKey(type))) {
                        dataStart = (int) parser.currentTokenLocation().getByteOffset();
                        parser.skipChildren();
                        dataEnd = (int) parser.currentTokenLocation().getByteOffset() + 1;
                    } else {
                        data = parser.readValueAsTree();
                    }
                }
                default -> parser.skipChildren();
            }
        }
        String eventType = type != null ? type : "";
        EventEnvelope envelope = new EventEnvelope(id != null ? id : "", timestamp(timestamp, eventType), parentId,
                ephemeral, agentId);
        if (dataStart >= 0) {
            int start = dataStart;
            int length = dataEnd - dataStart;
            if (!BINDERS.containsKey(eventType)) {
                return new UnknownSessionEvent(envelope, eventType,
                        () -> WireJson.MAPPER.readTree(frame, start, length));
            }
            data = WireJson.MAPPER.readTree(frame, start, length);
        }
        return bind(envelope, eventType, data == null || data.isNull() ? WireJson.object() : data);
    }

    private static @Nullable String stringOrSkip(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getString();
        }
        parser.skipChildren();
        return null;
    }

    /** The typed event for data that is present (an empty object when the CLI sent none). */
    private static SessionEvent bind(EventEnvelope envelope, String type, JsonNode data) {
        Binder binder = BINDERS.get(type);
        if (binder != null) {
            if (data.isObject()) {
                try {
                    return binder.bind(envelope, new EventDataReader(data, "data"));
                } catch (RuntimeException e) {
                    LOG.debug("Delivering {} event {} as UnknownSessionEvent: {}", type, envelope.id(),
                            e.getMessage());
                }
            } else {
                LOG.debug("Delivering {} event {} as UnknownSessionEvent: data is {}, not an object", type,
                        envelope.id(), data.getNodeType());
            }
        }
        return new UnknownSessionEvent(envelope, type, data);
    }

    private static EventEnvelope envelope(JsonNode event, String type) {
        String id = textOrNull(event.get("id"));
        JsonNode ephemeral = event.get("ephemeral");
        return new EventEnvelope(
                id != null ? id : "",
                timestamp(textOrNull(event.get("timestamp")), type),
                textOrNull(event.get("parentId")),
                ephemeral != null && ephemeral.isBoolean() && ephemeral.booleanValue(),
                textOrNull(event.get("agentId")));
    }

    private static Instant timestamp(@Nullable String text, String type) {
        if (text == null) {
            return Instant.EPOCH;
        }
        try {
            return IsoInstant.parse(text);
        } catch (DateTimeParseException e) {
            LOG.debug("Event {} has an invalid timestamp, using the epoch: {}", type, e.getMessage());
            return Instant.EPOCH;
        }
    }

    private static @Nullable String textOrNull(@Nullable JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    private static AssistantMessageEvent.ToolRequest toolRequest(EventDataReader d) {
        return new AssistantMessageEvent.ToolRequest(
                d.text("toolCallId"), d.text("name"), d.json("arguments"), d.optionalText("type"),
                d.optionalText("intentionSummary"), d.optionalText("mcpServerName"), d.optionalText("mcpToolName"),
                d.optionalText("toolTitle"));
    }

    private static ToolExecutionCompleteEvent.ToolResult toolResult(EventDataReader d) {
        return new ToolExecutionCompleteEvent.ToolResult(
                d.text("content"), d.optionalText("detailedContent"), d.node());
    }

    private static ToolExecutionCompleteEvent.ToolError toolError(EventDataReader d) {
        return new ToolExecutionCompleteEvent.ToolError(d.text("message"), d.optionalText("code"));
    }

    private static HookEndEvent.HookError hookError(EventDataReader d) {
        return new HookEndEvent.HookError(d.text("message"), d.optionalText("source"), d.optionalText("stack"));
    }
}
