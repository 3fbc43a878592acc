package io.github.copilot4j.sample.backend;

import io.github.copilot4j.AuthStatus;
import io.github.copilot4j.CopilotClient;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With the GitHub Copilot back end, asks the CLI once the application is ready whether it is authenticated, and
 * warns with the fix when it is not; otherwise the first question would fail with "No GitHub OAuth token or Copilot
 * HMAC key provided".
 */
@Component
class GitHubAuthenticationCheck {

    private static final Logger log = LoggerFactory.getLogger(GitHubAuthenticationCheck.class);

    private final ModelBackend backend;
    private final CopilotClient client;

    GitHubAuthenticationCheck(ModelBackend backend, CopilotClient client) {
        this.backend = backend;
        this.client = client;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAuthentication() {
        if (backend != ModelBackend.GITHUB_COPILOT) {
            return;
        }
        client.getAuthStatusAsync().orTimeout(10, TimeUnit.SECONDS).whenComplete((status, failure) -> {
            if (failure != null) {
                log.warn("Could not ask the Copilot CLI whether it is authenticated: {}", failure.toString());
            } else if (!status.authenticated()) {
                log.warn("The Copilot CLI is not authenticated ({}), so questions will fail. Set "
                        + "COPILOT_GITHUB_TOKEN or GH_TOKEN to a token with Copilot access, or log the CLI in "
                        + "(run 'copilot', then /login) and set copilot.auth.use-logged-in-user=true.",
                        status.statusMessage());
            } else {
                log.info("The Copilot CLI is authenticated: {}", describe(status));
            }
        });
    }

    private static String describe(AuthStatus status) {
        return status.login() != null ? status.login() + " (" + status.authType() + ")"
                : String.valueOf(status.statusMessage());
    }
}
