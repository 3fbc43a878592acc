package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.CopilotException;
import io.github.copilot4j.cli.CliInstaller;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installing the pinned CLI with the machine's npm, for real. */
class CliInstallerIT {

    @TempDir
    Path cache;

    @Test
    void installsThePinnedCliOnceAndItRuns() throws Exception {
        CliInstaller installer = new CliInstaller(cache, CliInstaller.PINNED_VERSION, "npm", Duration.ofMinutes(5));

        Path executable = installer.install();

        assertThat(executable).isEqualTo(installer.executable()).isExecutable();
        assertThat(executable.toString()).contains(CliInstaller.PINNED_VERSION);
        long modified = Files.getLastModifiedTime(executable).toMillis();
        assertThat(installer.install()).isEqualTo(executable);
        assertThat(Files.getLastModifiedTime(executable).toMillis()).isEqualTo(modified);

        ProcessBuilder versionCommand = new ProcessBuilder(executable.toString(), "--version")
                .redirectErrorStream(true);
        versionCommand.environment().put(CopilotTestEnvironment.PACKAGE_CACHE_VARIABLE,
                CopilotTestEnvironment.sharedPackageCache().toString());
        Process version = versionCommand.start();
        version.getOutputStream().close();
        assertThat(version.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output).contains(CliInstaller.PINNED_VERSION);
    }

    @Test
    void explainsAMissingNpm() {
        CliInstaller installer = new CliInstaller(cache, CliInstaller.PINNED_VERSION, "npm-that-does-not-exist",
                Duration.ofMinutes(1));

        assertThatThrownBy(installer::install)
                .isInstanceOf(CopilotException.class)
                .hasMessageContaining("Could not run 'npm-that-does-not-exist'")
                .hasMessageContaining("npm install @github/copilot@" + CliInstaller.PINNED_VERSION);
    }

    @Test
    void reportsNpmsOwnErrorForAVersionThatDoesNotExist() {
        CliInstaller installer = new CliInstaller(cache, "0.0.0-does-not-exist", "npm", Duration.ofMinutes(2));

        assertThatThrownBy(installer::install)
                .isInstanceOf(CopilotException.class)
                .hasMessageContaining("npm failed")
                .hasMessageContaining("0.0.0-does-not-exist");
    }
}
