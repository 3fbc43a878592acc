package io.github.copilot4j.config;

/** The request format used with an OpenAI or Azure provider. */
public enum WireApi {
    /** Chat Completions (the CLI's default). */
    COMPLETIONS("completions"),
    /** The Responses API. */
    RESPONSES("responses");

    private final String wireValue;

    WireApi(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value on the wire. */
    public String wireValue() {
        return wireValue;
    }
}
