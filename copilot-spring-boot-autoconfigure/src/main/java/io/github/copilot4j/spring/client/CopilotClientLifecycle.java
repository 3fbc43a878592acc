package io.github.copilot4j.spring.client;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotClientOptions;
import io.github.copilot4j.cli.CliInstaller;
import io.github.copilot4j.cli.CliLocator;
import io.github.copilot4j.cli.CliNotFoundException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the {@link CopilotClient} with the application context and stops it, and with it the CLI process it
 * spawned, when the context stops.
 *
 * <p>With {@link StartupMode#LAZY} the CLI starts in the background, so the context does not wait for it; with
 * {@link StartupMode#EAGER} {@link #start()} waits, and a CLI that cannot be started fails the application's
 * start-up. When given a {@link CliInstaller}, the lifecycle first installs the pinned CLI if the client has no CLI
 * path or URL and {@link CliLocator} finds no CLI.
 *
 * <p>The lifecycle runs in {@link #PHASE}: it starts before and stops after an embedded web server, so requests
 * still being served during a graceful shutdown can use the client.
 */
public final class CopilotClientLifecycle implements SmartLifecycle {

    /**
     * The lifecycle phase: 1024 below the web server's start/stop phase ({@code DEFAULT_PHASE - 2048}), which in turn
     * is below the graceful shutdown phase ({@code DEFAULT_PHASE - 1024}).
     */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 3072;

    private static final Logger log = LoggerFactory.getLogger(CopilotClientLifecycle.class);

    private final CopilotClient client;
    private final StartupMode startupMode;
    private final @Nullable CliInstaller installer;
    private final Object monitor = new Object();
    private volatile boolean running;

    /**
     * A lifecycle for the client.
     *
     * @param client the client to start and stop
     * @param startupMode whether {@link #start()} waits for the CLI
     * @param installer installs the CLI when none is found, or null to never install
     */
    public CopilotClientLifecycle(CopilotClient client, StartupMode startupMode, @Nullable CliInstaller installer) {
        this.client = client;
        this.startupMode = startupMode;
        this.installer = installer;
    }

    @Override
    public void start() {
        synchronized (monitor) {
            if (running) {
                return;
            }
            running = true;
        }
        if (startupMode == StartupMode.EAGER) {
            try {
                installCliIfMissing();
                client.start();
            } catch (RuntimeException e) {
                running = false;
                throw e;
            }
            return;
        }
        Thread starter = new Thread(this::startInBackground, "copilot-client-startup");
        starter.setDaemon(true);
        starter.start();
    }

    private void startInBackground() {
        try {
            installCliIfMissing();
            synchronized (monitor) {
                if (!running) {
                    return;
                }
                client.startAsync().whenComplete((started, failure) -> {
                    if (failure != null) {
                        logBackgroundFailure(failure);
                    }
                });
            }
        } catch (RuntimeException e) {
            logBackgroundFailure(e);
        }
    }

    private static void logBackgroundFailure(Throwable failure) {
        log.warn("The Copilot CLI could not be started in the background; the first operation that needs it will "
                + "try again. {}", failure.getMessage());
        log.debug("Background start-up failure of the Copilot CLI", failure);
    }

    private void installCliIfMissing() {
        CopilotClientOptions options = client.options();
        if (installer == null || options.cliUrl() != null || options.cliPath() != null) {
            return;
        }
        Map<String, String> environment = new HashMap<>();
        if (options.inheritEnvironment()) {
            environment.putAll(System.getenv());
        }
        environment.putAll(options.environment());
        Path workingDirectory = options.workingDirectory() != null ? options.workingDirectory() : Path.of("");
        try {
            new CliLocator(environment, workingDirectory).locate(null);
        } catch (CliNotFoundException e) {
            log.info("No Copilot CLI found; installing version {} (copilot.cli.install=true)",
                    CliInstaller.PINNED_VERSION);
            installer.install();
        }
    }

    @Override
    public void stop() {
        synchronized (monitor) {
            running = false;
        }
        client.stop();
    }

    @Override
    public void stop(Runnable callback) {
        synchronized (monitor) {
            running = false;
        }
        client.stopAsync().whenComplete((stopped, failure) -> {
            if (failure != null) {
                log.warn("The Copilot client did not stop cleanly: {}", failure.getMessage());
            }
            callback.run();
        });
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
