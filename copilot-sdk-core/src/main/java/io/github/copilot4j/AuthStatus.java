package io.github.copilot4j;

import org.jspecify.annotations.Nullable;

/**
 * Whether and how the CLI is authenticated ({@code auth.getStatus}).
 *
 * @param authenticated whether the CLI holds usable credentials
 * @param authType how: {@code user}, {@code env}, {@code gh-cli}, {@code hmac}, {@code api-key} or {@code token}
 * @param host the GitHub host
 * @param login the user's login, when known
 * @param statusMessage the CLI's description of the state
 */
public record AuthStatus(boolean authenticated, @Nullable String authType, @Nullable String host,
        @Nullable String login, @Nullable String statusMessage) {
}
