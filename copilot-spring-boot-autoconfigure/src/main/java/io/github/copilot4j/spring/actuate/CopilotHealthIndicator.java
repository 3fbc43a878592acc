package io.github.copilot4j.spring.actuate;

import io.github.copilot4j.AuthStatus;
import io.github.copilot4j.ConnectionState;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotConnectionException;
import io.github.copilot4j.ServerStatus;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The health of a {@link CopilotClient}. A connected client is pinged ({@code status.get}, then
 * {@code auth.getStatus}) within a short timeout: UP with the CLI and protocol versions and the authentication state,
 * DOWN when the CLI does not answer in time. A client whose CLI died or failed to start is DOWN with the reason, and
 * so is one restarting its CLI; a client that is not started (or still starting) is UNKNOWN, and the check never
 * starts it. No model is called.
 */
public final class CopilotHealthIndicator extends AbstractHealthIndicator {

    /** The time limit of each ping. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    private final CopilotClient client;
    private final Duration timeout;
    private volatile @Nullable Throwable lastFailure;

    /** The health of {@code client}, pinged with {@link #DEFAULT_TIMEOUT}. */
    public CopilotHealthIndicator(CopilotClient client) {
        this(client, DEFAULT_TIMEOUT);
    }

    /**
     * The health of {@code client}, pinged with the given timeout.
     *
     * @throws IllegalArgumentException when the timeout is not positive
     */
    public CopilotHealthIndicator(CopilotClient client, Duration timeout) {
        super("Copilot health check failed");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        this.client = client;
        this.timeout = timeout;
        client.onStateChange((previous, next, cause) -> {
            if (next == ConnectionState.FAILED) {
                lastFailure = cause;
            }
        });
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        ConnectionState state = client.state();
        builder.withDetail("state", state.name());
        switch (state) {
            case CONNECTED -> ping(builder);
            case FAILED -> failed(builder);
            case RESTARTING -> builder.down().withDetail("reason",
                    "The Copilot CLI stopped unexpectedly and is being restarted");
            default -> builder.unknown();
        }
    }

    private void ping(Health.Builder builder) throws Exception {
        ServerStatus status;
        AuthStatus auth;
        try {
            status = await(client.getStatusAsync());
            auth = await(client.getAuthStatusAsync());
        } catch (TimeoutException e) {
            builder.down().withDetail("reason", "The Copilot CLI did not answer within " + timeout.toMillis() + " ms");
            return;
        }
        builder.up()
                .withDetail("cliVersion", status.version())
                .withDetail("protocolVersion", status.protocolVersion())
                .withDetail("authenticated", auth.authenticated());
        if (auth.authType() != null) {
            builder.withDetail("authType", auth.authType());
        }
    }

    private <T> T await(CompletableFuture<T> request) throws Exception {
        try {
            return request.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private void failed(Health.Builder builder) {
        Throwable cause = lastFailure;
        builder.down();
        if (cause instanceof CopilotConnectionException lost) {
            builder.withDetail("reason", "The connection to the Copilot CLI was lost");
            if (lost.exitCode() != null) {
                builder.withDetail("exitCode", lost.exitCode());
            }
        } else if (cause != null && cause.getMessage() != null) {
            builder.withDetail("reason", cause.getMessage());
        } else {
            builder.withDetail("reason", "The connection to the Copilot CLI failed");
        }
    }
}
