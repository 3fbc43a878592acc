package io.github.copilot4j.config;

/** The context window tier, for models that offer several. */
public enum ContextTier {
    /** The model's standard context window. */
    DEFAULT("default"),
    /** The long-context tier. */
    LONG_CONTEXT("long_context");

    private final String wireValue;

    ContextTier(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value on the wire. */
    public String wireValue() {
        return wireValue;
    }
}
