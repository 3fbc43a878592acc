package io.github.copilot4j;

import java.util.Locale;

/** The CLI's own log level ({@code --log-level}); its logs go to files under the Copilot home directory. */
public enum LogLevel {
    NONE, ERROR, WARNING, INFO, DEBUG, ALL;

    /** The value the CLI expects on its command line. */
    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
