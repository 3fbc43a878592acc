package io.github.copilot4j.spring.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a turn while it is observed. The prompt and the completion are set only when content
 * recording is enabled.
 */
public final class TurnObservationContext extends Observation.Context {

    private final String sessionId;
    private final String providerName;
    private volatile @Nullable String model;
    private volatile Outcome outcome = Outcome.SUCCESS;
    private volatile @Nullable String errorType;
    private volatile @Nullable String prompt;
    private volatile @Nullable String completion;

    TurnObservationContext(String sessionId, String providerName, @Nullable String model) {
        this.sessionId = sessionId;
        this.providerName = providerName;
        this.model = model;
    }

    /** The session the turn belongs to. */
    public String sessionId() {
        return sessionId;
    }

    /** The model provider: {@code github-copilot} or the session's BYOK provider type. */
    public String providerName() {
        return providerName;
    }

    /** The model the turn uses, or null when neither the configuration nor the CLI named one. */
    public @Nullable String model() {
        return model;
    }

    /** How the turn ended; {@link Outcome#SUCCESS} until it failed or was aborted. */
    public Outcome outcome() {
        return outcome;
    }

    /** The CLI's error category of a failed turn ({@code rate_limit}, {@code query}, ...), or null. */
    public @Nullable String errorType() {
        return errorType;
    }

    /** The prompt, when content recording is enabled. */
    public @Nullable String prompt() {
        return prompt;
    }

    /** The turn's final assistant message, when content recording is enabled. */
    public @Nullable String completion() {
        return completion;
    }

    void model(@Nullable String model) {
        this.model = model;
    }

    void failed(String errorType) {
        this.outcome = Outcome.ERROR;
        this.errorType = errorType;
    }

    void aborted() {
        this.outcome = Outcome.ABORTED;
    }

    void prompt(String prompt) {
        this.prompt = prompt;
    }

    void completion(String completion) {
        this.completion = completion;
    }
}
