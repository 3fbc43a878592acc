package io.github.copilot4j.spring.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotConnectionException;
import io.github.copilot4j.CopilotException;
import io.github.copilot4j.JsonRpcException;
import io.github.copilot4j.SessionErrorException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class CopilotAuthenticationFailureAnalyzerTests {

    private final CopilotAuthenticationFailureAnalyzer analyzer = new CopilotAuthenticationFailureAnalyzer();

    @Test
    void explainsATurnThatFailedWithoutAToken() {
        SessionErrorException failure = new SessionErrorException("authentication",
                "No GitHub OAuth token or Copilot HMAC key provided", null);

        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("runner failed", failure));

        assertThat(analysis.getDescription()).isEqualTo("The GitHub Copilot CLI is not authenticated, so it cannot "
                + "use GitHub Copilot's models: No GitHub OAuth token or Copilot HMAC key provided");
        assertThat(analysis.getAction()).contains("copilot.auth.github-token", "copilot.auth.use-logged-in-user=true",
                "copilot.session.provider.base-url");
        assertThat(analysis.getCause()).isSameAs(failure);
    }

    @Test
    void findsTheCliMessageBelowAWrappingException() {
        JsonRpcException rpcFailure = new JsonRpcException("models.list", JsonRpcException.INTERNAL_ERROR,
                "Request models.list failed with message: Not authenticated. Please authenticate first.", null);
        CopilotConnectionException failure = new CopilotConnectionException("Session could not be opened", rpcFailure);

        FailureAnalysis analysis = analyzer.analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("Not authenticated. Please authenticate first.");
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(analyzer.analyze(new CopilotException("The model is overloaded"))).isNull();
        assertThat(analyzer.analyze(new IllegalStateException("Not authenticated"))).isNull();
    }
}
