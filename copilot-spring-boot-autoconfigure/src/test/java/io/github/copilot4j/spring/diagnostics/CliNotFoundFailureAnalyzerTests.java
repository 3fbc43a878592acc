package io.github.copilot4j.spring.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotException;
import io.github.copilot4j.cli.CliNotFoundException;
import io.github.copilot4j.spring.autoconfigure.CopilotClientAutoConfiguration;
import io.github.copilot4j.spring.autoconfigure.CopilotSessionAutoConfiguration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CliNotFoundFailureAnalyzerTests {

    @TempDir
    Path directory;

    private final CliNotFoundFailureAnalyzer analyzer = new CliNotFoundFailureAnalyzer();

    @Test
    void saysWhatWasTriedAndWhichPropertiesProvideTheCli() {
        CliNotFoundException failure = new CliNotFoundException("The GitHub Copilot CLI was not found.", List.of(
                "COPILOT_CLI_PATH (not set)", "node_modules/@github/copilot-linux-x64/copilot in /srv and its parents",
                "'copilot' on the PATH"));

        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("start-up failed", failure));

        assertThat(analysis.getDescription())
                .startsWith("The GitHub Copilot CLI, which copilot4j starts to talk to GitHub Copilot, was not found: "
                        + "the GitHub Copilot CLI was not found.")
                .contains("1. COPILOT_CLI_PATH (not set)",
                        "2. node_modules/@github/copilot-linux-x64/copilot in /srv and its parents",
                        "3. 'copilot' on the PATH");
        assertThat(analysis.getAction()).contains("set copilot.cli.path", "COPILOT_CLI_PATH",
                "set copilot.cli.install=true", "npm install @github/copilot@1.0.102", "set copilot.cli.url");
        assertThat(analysis.getCause()).isSameAs(failure);
    }

    @Test
    void analysesAnEagerStartUpWithAMissingCli() {
        Path missing = directory.resolve("missing-copilot");
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CopilotClientAutoConfiguration.class,
                        CopilotSessionAutoConfiguration.class))
                .withPropertyValues("copilot.cli.path=" + missing, "copilot.cli.startup=eager")
                .run(context -> {
                    FailureAnalysis analysis = analyzer.analyze(context.getStartupFailure());

                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription())
                            .contains("was not found: the configured CLI path " + missing + " does not exist.")
                            .contains("1. the configured CLI path " + missing);
                    assertThat(analysis.getAction()).contains("copilot.cli.path", "copilot.cli.install=true");
                });
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(analyzer.analyze(new CopilotException("something else"))).isNull();
    }
}
