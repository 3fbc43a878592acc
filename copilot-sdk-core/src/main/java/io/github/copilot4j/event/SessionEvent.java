package io.github.copilot4j.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An event of a session, as the CLI streams it. Each known wire type has its own record named after it
 * ({@code assistant.message} is {@link AssistantMessageEvent}, whose {@code TYPE} constant holds the wire type);
 * every other type, and a known type whose data does not match its schema, arrives as
 * {@link UnknownSessionEvent} with the raw data, so newer CLI versions never break a session.
 *
 * <p>Absent optional values are {@code null}, absent lists are empty, and absent required values take a neutral
 * default ({@code ""}, {@code 0}, {@code false}, an empty object) rather than dropping the event. JSON values
 * ({@code JsonNode}) are shared by all listeners of the event and must not be modified.
 */
public sealed interface SessionEvent permits
        SessionStartEvent,
        SessionResumeEvent,
        SessionIdleEvent,
        SessionErrorEvent,
        SessionShutdownEvent,
        SessionTitleChangedEvent,
        SessionUsageInfoEvent,
        SessionCompactionStartEvent,
        SessionCompactionCompleteEvent,
        SessionModelChangeEvent,
        UserMessageEvent,
        AssistantTurnStartEvent,
        AssistantTurnEndEvent,
        AssistantMessageEvent,
        AssistantMessageDeltaEvent,
        AssistantReasoningEvent,
        AssistantReasoningDeltaEvent,
        AssistantUsageEvent,
        AssistantIdleEvent,
        AbortEvent,
        ToolExecutionStartEvent,
        ToolExecutionPartialResultEvent,
        ToolExecutionProgressEvent,
        ToolExecutionCompleteEvent,
        ExternalToolRequestedEvent,
        ExternalToolCompletedEvent,
        PermissionRequestedEvent,
        PermissionCompletedEvent,
        HookStartEvent,
        HookEndEvent,
        UserInputRequestedEvent,
        UserInputCompletedEvent,
        ElicitationRequestedEvent,
        ElicitationCompletedEvent,
        UnknownSessionEvent {

    /** The fields every event carries; the accessors below read them. */
    EventEnvelope envelope();

    /** The wire type, e.g. {@code assistant.message}. */
    String type();

    /** The event's unique identifier; empty if the CLI sent none. */
    default String id() {
        return envelope().id();
    }

    /** When the event was created; {@link Instant#EPOCH} if the CLI sent no valid timestamp. */
    default Instant timestamp() {
        return envelope().timestamp();
    }

    /** The identifier of the preceding event of the session; {@code null} for the first one. */
    default @Nullable String parentId() {
        return envelope().parentId();
    }

    /** Whether the event is transient: streamed live but neither persisted nor replayed on resume. */
    default boolean ephemeral() {
        return envelope().ephemeral();
    }

    /** The sub-agent that emitted the event; {@code null} for the main agent and session-level events. */
    default @Nullable String agentId() {
        return envelope().agentId();
    }
}
