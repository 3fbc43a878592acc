package io.github.copilot4j.spring.observation;

/** How an observed turn, tool call or hook ended; the {@code outcome} key of its observation. */
public enum Outcome {

    /** It completed normally. */
    SUCCESS("success"),

    /** It failed. */
    ERROR("error"),

    /** It was aborted before it completed. */
    ABORTED("aborted");

    private final String value;

    Outcome(String value) {
        this.value = value;
    }

    /** The key value recorded in observations and metrics. */
    public String value() {
        return value;
    }
}
