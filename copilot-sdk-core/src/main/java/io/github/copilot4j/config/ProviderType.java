package io.github.copilot4j.config;

/** The API family of a BYOK model provider. */
public enum ProviderType {
    /** OpenAI or an OpenAI-compatible API (the CLI's default). */
    OPENAI("openai"),
    /** Azure OpenAI. */
    AZURE("azure"),
    /** Anthropic. */
    ANTHROPIC("anthropic");

    private final String wireValue;

    ProviderType(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value on the wire. */
    public String wireValue() {
        return wireValue;
    }
}
