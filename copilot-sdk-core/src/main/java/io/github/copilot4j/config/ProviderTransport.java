package io.github.copilot4j.config;

/** How Responses API requests reach an OpenAI-compatible provider. */
public enum ProviderTransport {
    /** One HTTP request per call (the CLI's default). */
    HTTP("http"),
    /** A persistent WebSocket connection. */
    WEBSOCKETS("websockets");

    private final String wireValue;

    ProviderTransport(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value on the wire. */
    public String wireValue() {
        return wireValue;
    }
}
