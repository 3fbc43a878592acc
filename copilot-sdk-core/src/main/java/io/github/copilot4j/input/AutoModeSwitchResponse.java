package io.github.copilot4j.input;

/** The user's answer to an auto-mode switch offer. */
public enum AutoModeSwitchResponse {
    /** Switch this time. */
    YES("yes"),
    /** Switch, and do so without asking from now on. */
    YES_ALWAYS("yes_always"),
    /** Do not switch. */
    NO("no");

    private final String wireValue;

    AutoModeSwitchResponse(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value on the wire. */
    public String wireValue() {
        return wireValue;
    }
}
