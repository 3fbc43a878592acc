package io.github.copilot4j.internal.session;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.BearerTokenProvider;
import io.github.copilot4j.config.NamedProviderConfig;
import io.github.copilot4j.config.ProviderConfig;
import io.github.copilot4j.input.AutoModeSwitchHandler;
import io.github.copilot4j.input.ExitPlanModeHandler;
import io.github.copilot4j.input.UserInputHandler;
import io.github.copilot4j.internal.wire.HandlerWire;
import io.github.copilot4j.internal.wire.WireJson;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Answers one direct request method of the CLI ({@code userInput.request}, {@code exitPlanMode.request},
 * {@code autoModeSwitch.request}, {@code providerToken.getToken}) with an application callback run on the callback
 * executor. A callback that throws, returns null or runs past the handler timeout makes the answer a JSON-RPC error.
 */
final class DirectRequestFeature implements SessionFeature {

    static final String USER_INPUT = "userInput.request";
    static final String EXIT_PLAN_MODE = "exitPlanMode.request";
    static final String AUTO_MODE_SWITCH = "autoModeSwitch.request";
    static final String PROVIDER_TOKEN = "providerToken.getToken";
    /** The provider name the CLI uses for the session's single {@code provider}. */
    static final String DEFAULT_PROVIDER_NAME = "default";

    private static final Logger log = LoggerFactory.getLogger(DirectRequestFeature.class);

    /** Computes the result of one request; runs on the callback executor. */
    @FunctionalInterface
    interface Answer {
        JsonNode answer(String sessionId, JsonNode params) throws Exception;
    }

    private final String method;
    private final Answer answer;

    DirectRequestFeature(String method, Answer answer) {
        this.method = method;
        this.answer = answer;
    }

    /** Answers {@code userInput.request}, when a user input handler is configured. */
    static Optional<SessionFeature> userInput(SessionConfig config) {
        UserInputHandler handler = config.onUserInputRequest();
        return handler == null ? Optional.empty() : Optional.of(new DirectRequestFeature(USER_INPUT,
                (sessionId, params) -> HandlerWire.userInputResponse(nonNull(
                        handler.handle(HandlerWire.userInputRequest(sessionId, params)), "UserInputHandler"))));
    }

    /** Answers {@code exitPlanMode.request}, when an exit-plan-mode handler is configured. */
    static Optional<SessionFeature> exitPlanMode(SessionConfig config) {
        ExitPlanModeHandler handler = config.onExitPlanModeRequest();
        return handler == null ? Optional.empty() : Optional.of(new DirectRequestFeature(EXIT_PLAN_MODE,
                (sessionId, params) -> HandlerWire.exitPlanModeResult(nonNull(
                        handler.handle(HandlerWire.exitPlanModeRequest(sessionId, params)), "ExitPlanModeHandler"))));
    }

    /** Answers {@code autoModeSwitch.request}, when an auto-mode-switch handler is configured. */
    static Optional<SessionFeature> autoModeSwitch(SessionConfig config) {
        AutoModeSwitchHandler handler = config.onAutoModeSwitchRequest();
        return handler == null ? Optional.empty() : Optional.of(new DirectRequestFeature(AUTO_MODE_SWITCH,
                (sessionId, params) -> HandlerWire.autoModeSwitchResponse(nonNull(
                        handler.handle(HandlerWire.autoModeSwitchRequest(sessionId, params)),
                        "AutoModeSwitchHandler"))));
    }

    /**
     * Answers {@code providerToken.getToken} with the bearer token provider of the named provider
     * ({@value #DEFAULT_PROVIDER_NAME} for the session's {@code provider}), when any provider has one.
     */
    static Optional<SessionFeature> providerToken(SessionConfig config) {
        Map<String, BearerTokenProvider> providers = new HashMap<>();
        ProviderConfig single = config.provider();
        if (single != null && single.bearerTokenProvider() != null) {
            providers.put(DEFAULT_PROVIDER_NAME, single.bearerTokenProvider());
        }
        if (config.providers() != null) {
            for (NamedProviderConfig named : config.providers()) {
                if (named.connection().bearerTokenProvider() != null) {
                    providers.put(named.name(), named.connection().bearerTokenProvider());
                }
            }
        }
        return providers.isEmpty() ? Optional.empty() : Optional.of(new DirectRequestFeature(PROVIDER_TOKEN,
                (sessionId, params) -> {
                    String providerName = params.path("providerName").asString("");
                    BearerTokenProvider provider = providers.get(providerName);
                    if (provider == null) {
                        throw new IllegalStateException("No bearer token provider for provider '" + providerName
                                + "'");
                    }
                    String token = provider.getToken(providerName, sessionId);
                    if (token == null || token.isBlank()) {
                        throw new IllegalStateException("The bearer token provider for provider '" + providerName
                                + "' returned no token");
                    }
                    return WireJson.object().put("token", token);
                }));
    }

    @Override
    public @Nullable CompletableFuture<?> onRequest(String method, JsonNode params, SessionChannel channel) {
        if (!this.method.equals(method)) {
            return null;
        }
        String sessionId = channel.sessionId();
        return Answers.compute(channel, "The handler of " + method, () -> answer.answer(sessionId, params))
                .whenComplete((result, failure) -> {
                    if (failure != null) {
                        log.warn("Session {}: answering {} failed", sessionId, method, failure);
                    }
                });
    }

    private static <T> T nonNull(@Nullable T value, String callback) {
        if (value == null) {
            throw new IllegalStateException(callback + " returned null");
        }
        return value;
    }
}
