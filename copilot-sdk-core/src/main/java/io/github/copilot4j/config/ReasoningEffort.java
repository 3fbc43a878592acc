package io.github.copilot4j.config;

/** How much reasoning a model spends on a response, for models that support it. */
public enum ReasoningEffort {
    /** Little reasoning. */
    LOW("low"),
    /** Moderate reasoning. */
    MEDIUM("medium"),
    /** Extensive reasoning. */
    HIGH("high"),
    /** More than high. */
    XHIGH("xhigh"),
    /** The most the model offers. */
    MAX("max");

    private final String wireValue;

    ReasoningEffort(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value on the wire. */
    public String wireValue() {
        return wireValue;
    }
}
