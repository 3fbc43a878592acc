package io.github.copilot4j;

import io.github.copilot4j.internal.util.Checks;
import io.github.copilot4j.internal.util.ToStringHelper;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Options of one {@code session.send}. Immutable; {@code toString()} masks request header values.
 *
 * <p>Request headers are added to the model requests of this turn. The CLI merges them with the provider's
 * session-level headers, a per-turn header replacing a session-level header of the same name; the protocol has no
 * parameter to choose another merge behaviour.
 */
public final class SendOptions {

    private static final SendOptions DEFAULTS = builder().build();

    private final @Nullable List<Attachment> attachments;
    private final @Nullable Mode mode;
    private final @Nullable String displayPrompt;
    private final @Nullable AgentMode agentMode;
    private final @Nullable Map<String, String> requestHeaders;

    private SendOptions(Builder builder) {
        this.attachments = builder.attachments;
        this.mode = builder.mode;
        this.displayPrompt = builder.displayPrompt;
        this.agentMode = builder.agentMode;
        this.requestHeaders = builder.requestHeaders;
    }

    /** No options: the CLI's defaults apply. */
    public static SendOptions defaults() {
        return DEFAULTS;
    }

    /** Starts options with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder with these options' values. */
    public Builder toBuilder() {
        return builder().attachments(attachments).mode(mode).displayPrompt(displayPrompt).agentMode(agentMode)
                .requestHeaders(requestHeaders);
    }

    /** Context attached to the message, or null. */
    public @Nullable List<Attachment> attachments() {
        return attachments;
    }

    /** How the message is delivered when the session is busy, or null for the CLI's default (enqueue). */
    public @Nullable Mode mode() {
        return mode;
    }

    /** Text shown in the timeline instead of the prompt, or null. */
    public @Nullable String displayPrompt() {
        return displayPrompt;
    }

    /** The agent mode the message was written in, or null for the session's current mode. */
    public @Nullable AgentMode agentMode() {
        return agentMode;
    }

    /** HTTP headers added to this turn's model requests, or null. */
    public @Nullable Map<String, String> requestHeaders() {
        return requestHeaders;
    }

    @Override
    public String toString() {
        return ToStringHelper.of("SendOptions")
                .add("attachments", attachments)
                .add("mode", mode)
                .add("displayPrompt", displayPrompt)
                .add("agentMode", agentMode)
                .secretValues("requestHeaders", requestHeaders)
                .toString();
    }

    /** How a message is delivered while the session is processing another one. */
    public enum Mode {
        /** Queued after the pending messages. */
        ENQUEUE("enqueue"),
        /** Delivered to the running turn immediately. */
        IMMEDIATE("immediate");

        private final String wireValue;

        Mode(String wireValue) {
            this.wireValue = wireValue;
        }

        /** The value on the wire. */
        public String wireValue() {
            return wireValue;
        }
    }

    /** The agent mode a message is written in. */
    public enum AgentMode {
        /** The agent asks before acting. */
        INTERACTIVE("interactive"),
        /** The agent plans without changing anything. */
        PLAN("plan"),
        /** The agent works autonomously. */
        AUTOPILOT("autopilot"),
        /** The message is a shell command. */
        SHELL("shell");

        private final String wireValue;

        AgentMode(String wireValue) {
            this.wireValue = wireValue;
        }

        /** The value on the wire. */
        public String wireValue() {
            return wireValue;
        }
    }

    /** Builds {@link SendOptions}; every setter accepts null to unset the value. */
    public static final class Builder {

        private @Nullable List<Attachment> attachments;
        private @Nullable Mode mode;
        private @Nullable String displayPrompt;
        private @Nullable AgentMode agentMode;
        private @Nullable Map<String, String> requestHeaders;

        private Builder() {
        }

        /** Sets the attachments. */
        public Builder attachments(@Nullable List<? extends Attachment> attachments) {
            this.attachments = Checks.listOrNull(attachments, "attachments");
            return this;
        }

        /** Sets the delivery mode. */
        public Builder mode(@Nullable Mode mode) {
            this.mode = mode;
            return this;
        }

        /** Sets the text shown instead of the prompt. */
        public Builder displayPrompt(@Nullable String displayPrompt) {
            this.displayPrompt = displayPrompt;
            return this;
        }

        /** Sets the agent mode. */
        public Builder agentMode(@Nullable AgentMode agentMode) {
            this.agentMode = agentMode;
            return this;
        }

        /** Sets the per-turn request headers. */
        public Builder requestHeaders(@Nullable Map<String, String> requestHeaders) {
            this.requestHeaders = Checks.mapOrNull(requestHeaders, "requestHeaders");
            return this;
        }

        /** Builds the options. */
        public SendOptions build() {
            return new SendOptions(this);
        }
    }
}
