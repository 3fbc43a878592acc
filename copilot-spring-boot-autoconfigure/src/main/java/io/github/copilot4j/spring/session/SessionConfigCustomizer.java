package io.github.copilot4j.spring.session;

import io.github.copilot4j.SessionConfig;

/**
 * Adjusts the configuration of every session the {@link CopilotSessionFactory} creates or resumes. Customizer beans
 * run in {@link org.springframework.core.annotation.Order @Order}, after the factory applied the properties, the
 * profile, the application's tools and hooks, the permission and user-input handlers and the caller's own changes.
 *
 * <p>A customizer receives the configuration built so far and returns the one to use, usually
 * {@code config.toBuilder()…build()}. Working on the finished {@link SessionConfig} rather than on its builder lets a
 * customizer read what is set (for example to wrap {@link SessionConfig#onEvent()} or {@link SessionConfig#tools()}
 * instead of replacing them), and keeps customizers composable: each sees the result of the previous one.
 */
@FunctionalInterface
public interface SessionConfigCustomizer {

    /**
     * Customizes one session's configuration.
     *
     * @param profile the session profile, {@link CopilotSessionFactory#DEFAULT_PROFILE} for the defaults
     * @param config the configuration so far
     * @return the configuration to use; never null
     */
    SessionConfig customize(String profile, SessionConfig config);
}
