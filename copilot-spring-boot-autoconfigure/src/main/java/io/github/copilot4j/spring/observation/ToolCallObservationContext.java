package io.github.copilot4j.spring.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a tool call while it is observed. The arguments and the result are set only when content
 * recording is enabled.
 */
public final class ToolCallObservationContext extends Observation.Context {

    private final String sessionId;
    private final String toolCallId;
    private final String toolName;
    private final @Nullable String arguments;
    private volatile Outcome outcome = Outcome.SUCCESS;
    private volatile @Nullable String errorType;
    private volatile @Nullable String result;

    ToolCallObservationContext(String sessionId, String toolCallId, String toolName, @Nullable String arguments) {
        this.sessionId = sessionId;
        this.toolCallId = toolCallId;
        this.toolName = toolName;
        this.arguments = arguments;
    }

    /** The session the call belongs to. */
    public String sessionId() {
        return sessionId;
    }

    /** The CLI's id of the call. */
    public String toolCallId() {
        return toolCallId;
    }

    /** The called tool. */
    public String toolName() {
        return toolName;
    }

    /** The arguments as JSON, when content recording is enabled. */
    public @Nullable String arguments() {
        return arguments;
    }

    /** How the call ended; {@link Outcome#SUCCESS} until it failed. */
    public Outcome outcome() {
        return outcome;
    }

    /** The simple class name of the exception of a failed call, or null. */
    public @Nullable String errorType() {
        return errorType;
    }

    /** The result given to the model, when content recording is enabled. */
    public @Nullable String result() {
        return result;
    }

    void failed(String errorType) {
        this.outcome = Outcome.ERROR;
        this.errorType = errorType;
    }

    void result(String result) {
        this.result = result;
    }
}
