package io.github.copilot4j.config;

import org.jspecify.annotations.Nullable;

/**
 * Options for GitHub Copilot's own model API.
 *
 * @param enableWebSocketResponses whether Responses API calls use WebSockets when the model offers them; false forces
 *     HTTP (useful behind proxies); null keeps the CLI's default (on)
 */
public record CapiSessionOptions(@Nullable Boolean enableWebSocketResponses) {
}
