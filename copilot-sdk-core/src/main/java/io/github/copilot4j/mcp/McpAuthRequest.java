package io.github.copilot4j.mcp;

import io.github.copilot4j.internal.util.Checks;
import io.github.copilot4j.internal.util.ToStringHelper;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An MCP server needs an OAuth token. {@code toString()} leaves out {@link #details()} and masks the client secret.
 *
 * @param sessionId the session whose MCP server asks
 * @param serverName the configured name of the MCP server
 * @param serverUrl the URL of the MCP server
 * @param reason why a token is needed: {@code initial}, {@code refresh}, {@code reauth} or {@code upscope}
 * @param challenge the parameters of the server's {@code WWW-Authenticate} challenge, or null
 * @param resourceMetadata the server's OAuth protected-resource metadata document as JSON text, or null
 * @param staticClient the OAuth client configured for the server, or null
 * @param details the complete request as the CLI sent it (also holding the raw HTTP response of the challenge)
 */
public record McpAuthRequest(
        String sessionId,
        String serverName,
        String serverUrl,
        String reason,
        @Nullable Challenge challenge,
        @Nullable String resourceMetadata,
        @Nullable StaticClient staticClient,
        JsonNode details) {

    public McpAuthRequest {
        Checks.nonBlank(sessionId, "sessionId");
        Checks.nonBlank(serverName, "serverName");
        Checks.required(serverUrl, "serverUrl");
        Checks.required(reason, "reason");
        details = Checks.required(details, "details").deepCopy();
    }

    @Override
    public String toString() {
        return ToStringHelper.of("McpAuthRequest")
                .add("sessionId", sessionId)
                .add("serverName", serverName)
                .add("serverUrl", serverUrl)
                .add("reason", reason)
                .add("challenge", challenge)
                .present("resourceMetadata", resourceMetadata)
                .add("staticClient", staticClient)
                .toString();
    }

    /**
     * The parameters of a {@code WWW-Authenticate: Bearer} challenge.
     *
     * @param resourceMetadataUrl where the protected-resource metadata is, or null
     * @param scope the scope the server asks for, or null
     * @param error the OAuth error, for example {@code invalid_token}, or null
     */
    public record Challenge(@Nullable String resourceMetadataUrl, @Nullable String scope, @Nullable String error) {
    }

    /**
     * The OAuth client configured for the MCP server.
     *
     * @param clientId the client id
     * @param clientSecret the secret of a confidential client, or null
     * @param grantType a non-default grant type ({@code client_credentials}), or null
     * @param publicClient whether the client is public, or null
     */
    public record StaticClient(
            String clientId,
            @Nullable String clientSecret,
            @Nullable String grantType,
            @Nullable Boolean publicClient) {

        public StaticClient {
            Checks.required(clientId, "clientId");
        }

        @Override
        public String toString() {
            return ToStringHelper.of("StaticClient")
                    .add("clientId", clientId)
                    .secret("clientSecret", clientSecret)
                    .add("grantType", grantType)
                    .add("publicClient", publicClient)
                    .toString();
        }
    }
}
