package io.github.copilot4j.spring.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import io.github.copilot4j.spring.autoconfigure.CopilotClientAutoConfiguration;
import io.github.copilot4j.spring.autoconfigure.CopilotSessionAutoConfiguration;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** A Spring Boot application started with a wrong CLI path reports the failure analysis. */
@ExtendWith(OutputCaptureExtension.class)
class CliNotFoundFailureAnalyzerIT {

    @Test
    void explainsAWrongCliPathWhenStartingEagerly(CapturedOutput output, @TempDir Path directory) {
        Path missing = directory.resolve("missing-copilot");
        SpringApplication application = new SpringApplication(CopilotApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThatException().isThrownBy(() -> application.run("--copilot.cli.path=" + missing,
                "--copilot.cli.startup=eager"));

        assertThat(output).contains("APPLICATION FAILED TO START",
                "was not found: the configured CLI path " + missing + " does not exist.",
                "1. the configured CLI path " + missing,
                "set copilot.cli.path to the CLI executable",
                "set copilot.cli.install=true");
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({CopilotClientAutoConfiguration.class, CopilotSessionAutoConfiguration.class})
    static class CopilotApplication {
    }
}
