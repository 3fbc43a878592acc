package io.github.copilot4j.spring.observation;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.ProviderConfig;
import io.github.copilot4j.config.ProviderType;

/** The {@code gen_ai.provider.name} of a session. */
final class GenAiProvider {

    /** The provider of sessions that use GitHub Copilot's models. */
    static final String GITHUB_COPILOT = "github-copilot";

    private GenAiProvider() {
    }

    /** {@value #GITHUB_COPILOT}, or the type of the session's BYOK provider ({@code openai} when unset). */
    static String nameOf(SessionConfig config) {
        ProviderConfig provider = config.provider();
        if (provider == null) {
            return GITHUB_COPILOT;
        }
        ProviderType type = provider.type();
        return (type != null ? type : ProviderType.OPENAI).wireValue();
    }
}
