package io.github.copilot4j.spring.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotException;
import io.github.copilot4j.ProtocolVersionMismatchException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class ProtocolVersionMismatchFailureAnalyzerTests {

    private final ProtocolVersionMismatchFailureAnalyzer analyzer = new ProtocolVersionMismatchFailureAnalyzer();

    @Test
    void namesBothVersionsAndTheFix() {
        ProtocolVersionMismatchException failure = new ProtocolVersionMismatchException(3, 2, "0.0.400");

        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("start-up failed", failure));

        assertThat(analysis.getDescription()).startsWith("copilot4j speaks protocol version 3 of the GitHub Copilot "
                + "CLI, but the CLI it started or connected to speaks version 2.").contains("0.0.400");
        assertThat(analysis.getAction()).contains("(1.0.102)", "npm install @github/copilot@1.0.102",
                "copilot.cli.path", "copilot.cli.install=true", "supports protocol version 2");
    }

    @Test
    void explainsACliThatReportsNoVersion() {
        FailureAnalysis analysis = analyzer.analyze(new ProtocolVersionMismatchException(3, null, null));

        assertThat(analysis.getDescription()).contains("does not report a protocol version");
        assertThat(analysis.getAction()).contains("supports protocol version of your CLI");
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(analyzer.analyze(new CopilotException("something else"))).isNull();
    }
}
