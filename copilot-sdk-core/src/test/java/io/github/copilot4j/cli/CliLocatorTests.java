package io.github.copilot4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliLocatorTests {

    private static final CliPlatform PLATFORM = new CliPlatform("linux", "x64");

    @TempDir
    Path directory;

    @Test
    void prefersTheExplicitPath() throws IOException {
        Path explicit = executable(directory.resolve("explicit/copilot"));
        Path fromEnvironment = executable(directory.resolve("env/copilot"));

        Path found = locator(Map.of(CliLocator.PATH_VARIABLE, fromEnvironment.toString()), directory)
                .locate(explicit);

        assertThat(found).isEqualTo(explicit);
    }

    @Test
    void usesTheEnvironmentVariableBeforeNodeModules() throws IOException {
        Path fromEnvironment = executable(directory.resolve("env/copilot"));
        executable(PLATFORM.executableIn(directory.resolve("node_modules")));

        Path found = locator(Map.of(CliLocator.PATH_VARIABLE, fromEnvironment.toString()), directory).locate(null);

        assertThat(found).isEqualTo(fromEnvironment);
    }

    @Test
    void findsProjectLocalNodeModulesInAParentDirectory() throws IOException {
        Path cli = executable(PLATFORM.executableIn(directory.resolve("node_modules")));
        Path module = Files.createDirectories(directory.resolve("module/src"));

        assertThat(locator(Map.of(), module).locate(null)).isEqualTo(cli);
    }

    @Test
    void findsTheInstallerCacheBeforeThePath() throws IOException {
        Path cache = directory.resolve("cache");
        Path installed = executable(CliInstaller.executableBelow(cache, CliInstaller.PINNED_VERSION, PLATFORM));
        Path onPath = executable(directory.resolve("bin/copilot"));
        CliLocator locator = new CliLocator(Map.of("PATH", onPath.getParent().toString()),
                Files.createDirectories(directory.resolve("work")), PLATFORM, cache);

        assertThat(locator.locate(null)).isEqualTo(installed);
    }

    @Test
    void findsCopilotOnThePath() throws IOException {
        Path onPath = executable(directory.resolve("bin/copilot"));
        Map<String, String> environment = Map.of("PATH", "/nonexistent:" + onPath.getParent());

        assertThat(locator(environment, Files.createDirectories(directory.resolve("work"))).locate(null))
                .isEqualTo(onPath);
    }

    @Test
    void resolvesNpmsLoaderScriptOnThePathToTheNativeExecutable() throws IOException {
        Path nodeModules = directory.resolve("global/lib/node_modules");
        Path loader = executable(nodeModules.resolve("@github/copilot/npm-loader.js"));
        Path nativeCli = executable(PLATFORM.executableIn(nodeModules));
        Path bin = Files.createDirectories(directory.resolve("global/bin"));
        Files.createSymbolicLink(bin.resolve("copilot"), loader);

        CliLocator locator = locator(Map.of("PATH", bin.toString()),
                Files.createDirectories(directory.resolve("work")));

        assertThat(locator.locate(null)).isEqualTo(nativeCli);
    }

    @Test
    void listsEveryPlaceAndTheInstallCommandWhenNothingIsFound() throws IOException {
        CliLocator locator = locator(Map.of("PATH", directory.resolve("empty").toString()),
                Files.createDirectories(directory.resolve("work")));

        assertThatThrownBy(() -> locator.locate(null))
                .isInstanceOf(CliNotFoundException.class)
                .hasMessageContaining("The GitHub Copilot CLI was not found.")
                .hasMessageContaining("COPILOT_CLI_PATH (not set)")
                .hasMessageContaining("node_modules/@github/copilot-linux-x64/copilot")
                .hasMessageContaining("installer's cache")
                .hasMessageContaining("on the PATH")
                .hasMessageContaining("npm install @github/copilot@" + CliInstaller.PINNED_VERSION)
                .satisfies(e -> assertThat(((CliNotFoundException) e).searchedPlaces()).hasSize(4));
    }

    @Test
    void rejectsAnExplicitPathThatDoesNotExistWithoutFallingBack() throws IOException {
        executable(PLATFORM.executableIn(directory.resolve("node_modules")));

        assertThatThrownBy(() -> locator(Map.of(), directory).locate(directory.resolve("missing/copilot")))
                .isInstanceOf(CliNotFoundException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void rejectsAFileThatIsNotExecutable() throws IOException {
        Path notExecutable = Files.createDirectories(directory.resolve("bin")).resolve("copilot");
        Files.writeString(notExecutable, "#!/bin/sh\n");

        assertThatThrownBy(() -> locator(Map.of(CliLocator.PATH_VARIABLE, notExecutable.toString()), directory)
                .locate(null))
                .isInstanceOf(CliNotFoundException.class)
                .hasMessageContaining("is not executable")
                .hasMessageContaining("chmod +x");
    }

    @Test
    void acceptsADirectoryHoldingTheExecutable() throws IOException {
        Path cli = executable(directory.resolve("pkg/copilot"));

        assertThat(locator(Map.of(), directory).locate(cli.getParent())).isEqualTo(cli);
    }

    private CliLocator locator(Map<String, String> environment, Path workingDirectory) {
        return new CliLocator(environment, workingDirectory, PLATFORM, directory.resolve("no-cache"));
    }

    private static Path executable(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        return path;
    }
}
