package io.github.copilot4j.mcp;

import io.github.copilot4j.internal.util.Checks;
import io.github.copilot4j.internal.util.ToStringHelper;
import org.jspecify.annotations.Nullable;

/** The answer to an MCP OAuth request: a token, or cancellation. */
public sealed interface McpAuthResult {

    /** Supplies an access token. */
    static McpAuthResult token(String accessToken) {
        return new Token(accessToken, null, null);
    }

    /** Declines to supply a token. */
    static McpAuthResult cancelled() {
        return new Cancelled();
    }

    /**
     * An access token acquired by the application.
     *
     * @param accessToken the token
     * @param tokenType the token type (for example {@code Bearer}), or null
     * @param expiresIn the lifetime in seconds, or null
     */
    record Token(String accessToken, @Nullable String tokenType, @Nullable Long expiresIn) implements McpAuthResult {

        public Token {
            Checks.nonBlank(accessToken, "accessToken");
            Checks.positiveOrNull(expiresIn, "expiresIn");
        }

        @Override
        public String toString() {
            return ToStringHelper.of("Token")
                    .secret("accessToken", accessToken)
                    .add("tokenType", tokenType)
                    .add("expiresIn", expiresIn)
                    .toString();
        }
    }

    /** No token will be supplied. */
    record Cancelled() implements McpAuthResult {
    }
}
