package io.github.copilot4j;

import io.github.copilot4j.config.OpenCanvasInstance;
import io.github.copilot4j.internal.util.Checks;
import io.github.copilot4j.internal.util.ToStringHelper;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The configuration for resuming a session: the {@link SessionConfig} settings plus the options that only exist on
 * resume. Settings the CLI does not persist (provider credentials, tools, handlers, managed settings, additional
 * directories) must be given again here. Immutable; build with {@link #builder()}.
 */
public final class ResumeSessionConfig {

    private final SessionConfig session;
    private final @Nullable Boolean suppressResumeEvent;
    private final @Nullable Boolean continuePendingWork;
    private final @Nullable List<OpenCanvasInstance> openCanvases;

    private ResumeSessionConfig(Builder builder) {
        this.session = builder.session;
        this.suppressResumeEvent = builder.suppressResumeEvent;
        this.continuePendingWork = builder.continuePendingWork;
        this.openCanvases = builder.openCanvases;
    }

    /** Resumes with the given settings and no resume-only options. */
    public static ResumeSessionConfig of(SessionConfig session) {
        return builder().session(session).build();
    }

    /** Starts a configuration with default settings and no resume-only options. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder with this configuration's values. */
    public Builder toBuilder() {
        return builder().session(session).suppressResumeEvent(suppressResumeEvent)
                .continuePendingWork(continuePendingWork).openCanvases(openCanvases);
    }

    /** The session settings; never has a {@code sessionId} or {@code cloud} option. */
    public SessionConfig session() {
        return session;
    }

    /** Whether the CLI skips emitting the {@code session.resume} event, or null (it emits it). */
    public @Nullable Boolean suppressResumeEvent() {
        return suppressResumeEvent;
    }

    /**
     * Whether tool calls and permission requests pending at suspension continue, or null (they are treated as
     * interrupted). Pending permission requests are emitted again; pending external tool calls must be answered
     * through the pending-tool-call RPC.
     */
    public @Nullable Boolean continuePendingWork() {
        return continuePendingWork;
    }

    /** Canvases that were open at suspension, for the CLI to restore; or null. */
    public @Nullable List<OpenCanvasInstance> openCanvases() {
        return openCanvases;
    }

    @Override
    public String toString() {
        return ToStringHelper.of("ResumeSessionConfig")
                .add("session", session)
                .add("suppressResumeEvent", suppressResumeEvent)
                .add("continuePendingWork", continuePendingWork)
                .add("openCanvases", openCanvases)
                .toString();
    }

    /** Builds a {@link ResumeSessionConfig}; optional setters accept null to unset the value. */
    public static final class Builder {

        private SessionConfig session = SessionConfig.defaults();
        private @Nullable Boolean suppressResumeEvent;
        private @Nullable Boolean continuePendingWork;
        private @Nullable List<OpenCanvasInstance> openCanvases;

        private Builder() {
        }

        /**
         * Sets the session settings.
         *
         * @throws IllegalArgumentException if they set {@code sessionId} (the id is given to the resume call) or
         *     {@code cloud} (only for creation)
         */
        public Builder session(SessionConfig session) {
            Checks.required(session, "session");
            if (session.sessionId() != null) {
                throw new IllegalArgumentException(
                        "session.sessionId must not be set on resume; the resumed session's id is passed separately");
            }
            if (session.cloud() != null) {
                throw new IllegalArgumentException("session.cloud must not be set on resume; it only applies to create");
            }
            this.session = session;
            return this;
        }

        /** Sets whether the {@code session.resume} event is skipped. */
        public Builder suppressResumeEvent(@Nullable Boolean suppressResumeEvent) {
            this.suppressResumeEvent = suppressResumeEvent;
            return this;
        }

        /** Sets whether pending work continues. */
        public Builder continuePendingWork(@Nullable Boolean continuePendingWork) {
            this.continuePendingWork = continuePendingWork;
            return this;
        }

        /** Sets the canvases to restore. */
        public Builder openCanvases(@Nullable List<OpenCanvasInstance> openCanvases) {
            this.openCanvases = Checks.listOrNull(openCanvases, "openCanvases");
            return this;
        }

        /** Builds the configuration. */
        public ResumeSessionConfig build() {
            return new ResumeSessionConfig(this);
        }
    }
}
