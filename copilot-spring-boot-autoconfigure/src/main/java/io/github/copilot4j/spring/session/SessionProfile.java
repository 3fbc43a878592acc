package io.github.copilot4j.spring.session;

import io.github.copilot4j.SessionConfig;
import java.time.Duration;
import java.util.List;

/**
 * The settings a {@link CopilotSessionFactory} opens sessions with under one name.
 *
 * @param name the profile's name
 * @param config the session configuration
 * @param tools the names or tags of the application's tools the sessions get; empty for every tool
 * @param sendTimeout the time limit of a turn, from sending a prompt until the session is idle
 */
public record SessionProfile(String name, SessionConfig config, List<String> tools, Duration sendTimeout) {

    public SessionProfile {
        if (name.isBlank()) {
            throw new IllegalArgumentException("SessionProfile.name must not be blank");
        }
        tools = List.copyOf(tools);
        if (sendTimeout.isNegative() || sendTimeout.isZero()) {
            throw new IllegalArgumentException("SessionProfile.sendTimeout of profile '" + name
                    + "' must be positive, was " + sendTimeout);
        }
    }
}
