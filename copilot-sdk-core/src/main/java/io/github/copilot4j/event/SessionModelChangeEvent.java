package io.github.copilot4j.event;

import org.jspecify.annotations.Nullable;

/**
 * {@code session.model_change}: the session's model changed (also sent before the first turn).
 *
 * @param envelope the fields every event carries
 * @param newModel the newly selected model
 * @param previousModel the model selected before, if any
 * @param reasoningEffort the reasoning effort after the change, if any
 * @param previousReasoningEffort the reasoning effort before the change, if any
 * @param source how the model was selected, e.g. {@code startup} or {@code model_picker}, if reported
 * @param cause why the runtime changed it, e.g. {@code rate_limit_auto_switch}, if not user-initiated
 */
public record SessionModelChangeEvent(
        EventEnvelope envelope,
        String newModel,
        @Nullable String previousModel,
        @Nullable String reasoningEffort,
        @Nullable String previousReasoningEffort,
        @Nullable String source,
        @Nullable String cause) implements SessionEvent {

    /** The wire type of this event. */
    public static final String TYPE = "session.model_change";

    @Override
    public String type() {
        return TYPE;
    }
}
