package io.github.copilot4j.config;

/** Whether the session is exported to GitHub and can be steered remotely. */
public enum RemoteSessionMode {
    /** Neither exported nor steerable. */
    OFF("off"),
    /** Events are exported; remote steering is off. */
    EXPORT("export"),
    /** Exported and remotely steerable. */
    ON("on");

    private final String wireValue;

    RemoteSessionMode(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value on the wire. */
    public String wireValue() {
        return wireValue;
    }
}
