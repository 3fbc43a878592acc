package io.github.copilot4j.config;

/**
 * Supplies a fresh bearer token for a BYOK provider before each model request (for example from a managed
 * identity). It is never sent to the CLI: the provider is declared with {@code hasBearerTokenProvider: true} and the
 * CLI asks for tokens through {@code providerToken.getToken}. The CLI does not cache tokens; this provider should.
 */
@FunctionalInterface
public interface BearerTokenProvider {

    /**
     * Returns a token without the {@code Bearer } prefix.
     *
     * @param providerName {@code default} for the session's single provider, otherwise the named provider's name
     * @param sessionId the session that needs the token
     */
    String getToken(String providerName, String sessionId) throws Exception;
}
