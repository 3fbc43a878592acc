package io.github.copilot4j.bench;

import io.github.copilot4j.testkit.CopilotTestEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The run's scratch space. Every CLI gets fresh, isolated home directories and a working directory of its own, the
 * same environment otherwise (the shared package cache, so no start unpacks the CLI), and the same fake model server
 * as a BYOK provider.
 */
final class Sandbox {

    static final String MODEL = "gpt-4.1";
    static final String API_KEY = "bench-api-key";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path directory;
    private final Path cli;
    private final String providerBaseUrl;
    private final AtomicInteger sequence = new AtomicInteger();

    Sandbox(Path directory, Path cli, String providerBaseUrl) throws IOException {
        this.directory = Files.createDirectories(directory);
        this.cli = cli;
        this.providerBaseUrl = providerBaseUrl;
    }

    Path directory() {
        return directory;
    }

    Path logs() {
        return directory.resolve("logs");
    }

    /** The CLI every contender runs. */
    Path cli() {
        return cli;
    }

    /**
     * Writes the configuration of a worker whose CLI is {@code executable} (the CLI, or a tap in front of it), with
     * new home and working directories.
     */
    Path workerConfig(String name, Path executable) throws IOException {
        Path base = Files.createDirectories(directory.resolve("homes")
                .resolve(String.format("%04d-%s", sequence.incrementAndGet(), name)));
        Path home = Files.createDirectories(base.resolve("home"));
        Path work = Files.createDirectories(base.resolve("work"));
        ObjectNode config = JSON.createObjectNode()
                .put("cli", executable.toString())
                .put("cwd", work.toString())
                .put("baseUrl", providerBaseUrl)
                .put("apiKey", API_KEY)
                .put("model", MODEL);
        ObjectNode env = config.putObject("env");
        cliEnvironment(home).forEach(env::put);
        Path file = base.resolve("worker.json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(config));
        return file;
    }

    /**
     * Writes an executable script that starts the {@link WireTap} in front of the CLI, logging to
     * {@link #tapLog(String)}.
     */
    Path tapScript(String name, String java, String classpath) throws IOException {
        Path tapDirectory = Files.createDirectories(directory.resolve("tap"));
        Path script = tapDirectory.resolve(name + ".sh");
        Files.writeString(script, "#!/bin/sh\nexec " + quote(java) + " -XX:+UseSerialGC -Xmx64m -cp "
                + quote(classpath) + " " + WireTap.class.getName() + " " + quote(tapLog(name).toString()) + " "
                + quote(cli.toString()) + " \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    Path tapLog(String name) {
        return directory.resolve("tap").resolve(name + ".log");
    }

    private static Map<String, String> cliEnvironment(Path home) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"));
        environment.put("LANG", System.getenv().getOrDefault("LANG", "C.UTF-8"));
        environment.put("HOME", home.toString());
        environment.put("COPILOT_HOME", home.resolve(".copilot").toString());
        environment.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        environment.put("XDG_STATE_HOME", home.resolve(".local/state").toString());
        environment.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        environment.put("GH_CONFIG_DIR", home.resolve(".config/gh").toString());
        environment.put(CopilotTestEnvironment.PACKAGE_CACHE_VARIABLE,
                CopilotTestEnvironment.sharedPackageCache().toString());
        environment.put("COPILOT_DISABLE_KEYTAR", "1");
        environment.put("NO_PROXY", "127.0.0.1,localhost,::1");
        return environment;
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
