package io.github.copilot4j;

import java.util.Locale;

/** The severity of a message written with {@link CopilotSession#log(String, SessionLogLevel, boolean)}. */
public enum SessionLogLevel {
    INFO, WARNING, ERROR;

    /** The wire value. */
    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
