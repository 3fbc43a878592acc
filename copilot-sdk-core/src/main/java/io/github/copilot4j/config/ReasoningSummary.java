package io.github.copilot4j.config;

/** Whether and how reasoning is summarised, for models that support it. */
public enum ReasoningSummary {
    /** No summary, whether or not reasoning is enabled. */
    NONE("none"),
    /** A short summary. */
    CONCISE("concise"),
    /** A detailed summary. */
    DETAILED("detailed");

    private final String wireValue;

    ReasoningSummary(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value on the wire. */
    public String wireValue() {
        return wireValue;
    }
}
