package io.github.copilot4j.spring.observation;

import io.github.copilot4j.hook.HookType;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/** What is known about a hook invocation while it is observed. */
public final class HookObservationContext extends Observation.Context {

    private final String sessionId;
    private final HookType hookType;
    private volatile Outcome outcome = Outcome.SUCCESS;
    private volatile @Nullable String errorType;

    HookObservationContext(String sessionId, HookType hookType) {
        this.sessionId = sessionId;
        this.hookType = hookType;
    }

    /** The session whose hook was invoked. */
    public String sessionId() {
        return sessionId;
    }

    /** The hook type. */
    public HookType hookType() {
        return hookType;
    }

    /** How the invocation ended; {@link Outcome#SUCCESS} until it failed. */
    public Outcome outcome() {
        return outcome;
    }

    /** The simple class name of the exception of a failed invocation, or null. */
    public @Nullable String errorType() {
        return errorType;
    }

    void failed(String errorType) {
        this.outcome = Outcome.ERROR;
        this.errorType = errorType;
    }
}
