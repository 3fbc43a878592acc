package io.github.copilot4j.spring.diagnostics;

import io.github.copilot4j.CopilotException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a Copilot CLI that refused to work because it has no GitHub credentials ("Not authenticated", "No GitHub
 * OAuth token"), and the properties that give it some or avoid the need.
 */
class CopilotAuthenticationFailureAnalyzer extends AbstractFailureAnalyzer<CopilotException> {

    private static final List<String> MARKERS = List.of("not authenticated", "no github oauth token");

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, CopilotException cause) {
        for (Throwable candidate = cause; candidate != null; candidate = candidate.getCause()) {
            String message = candidate.getMessage();
            if (message != null && isAuthenticationFailure(message)) {
                return analysis(message, cause);
            }
        }
        return null;
    }

    private static boolean isAuthenticationFailure(String message) {
        String lowerCase = message.toLowerCase(Locale.ROOT);
        return MARKERS.stream().anyMatch(lowerCase::contains);
    }

    private static FailureAnalysis analysis(String message, CopilotException cause) {
        String description = "The GitHub Copilot CLI is not authenticated, so it cannot use GitHub Copilot's models: "
                + message;
        String action = "Give the CLI credentials, or use a model provider of your own:\n"
                + "    - set copilot.auth.github-token to a GitHub token with Copilot access (for example "
                + "copilot.auth.github-token=${GITHUB_TOKEN}),\n"
                + "    - or set copilot.auth.use-logged-in-user=true to use the login of the machine's user (log in "
                + "once by running 'copilot' and '/login'),\n"
                + "    - or set copilot.session.provider.base-url and copilot.session.provider.api-key (and "
                + "copilot.session.provider.type) to use your own provider, which needs no GitHub authentication.";
        return new FailureAnalysis(description, action, cause);
    }
}
