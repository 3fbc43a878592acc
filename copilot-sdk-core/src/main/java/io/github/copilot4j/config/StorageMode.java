package io.github.copilot4j.config;

/** Where the CLI keeps data that can be shared across sessions (MCP OAuth tokens, embedding caches). */
public enum StorageMode {
    /** On disk or in the OS keychain, shared across sessions. */
    PERSISTENT("persistent"),
    /** In memory, discarded when the session ends. */
    IN_MEMORY("in-memory");

    private final String wireValue;

    StorageMode(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value on the wire. */
    public String wireValue() {
        return wireValue;
    }
}
