package io.github.copilot4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The npm platform package of the Copilot CLI for a machine, such as {@code @github/copilot-linux-x64}, and the
 * name of the native executable inside it.
 *
 * @param os the npm platform name: {@code linux}, {@code linuxmusl}, {@code darwin} or {@code win32}
 * @param arch the npm architecture name: {@code x64} or {@code arm64}
 */
public record CliPlatform(String os, String arch) {

    /** The npm package that holds the loader script and depends on every platform package. */
    public static final String LOADER_PACKAGE = "@github/copilot";

    /** The platform of the running JVM. */
    public static CliPlatform current() {
        String osName = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String os;
        if (osName.contains("win")) {
            os = "win32";
        } else if (osName.contains("mac") || osName.contains("darwin")) {
            os = "darwin";
        } else {
            os = isMusl() ? "linuxmusl" : "linux";
        }
        String archName = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String arch = archName.equals("aarch64") || archName.equals("arm64") ? "arm64" : "x64";
        return new CliPlatform(os, arch);
    }

    private static boolean isMusl() {
        try (var entries = Files.list(Path.of("/lib"))) {
            return entries.anyMatch(path -> path.getFileName().toString().startsWith("ld-musl-"));
        } catch (Exception e) {
            return false;
        }
    }

    /** The platform package name, e.g. {@code @github/copilot-linux-x64}. */
    public String packageName() {
        return LOADER_PACKAGE + "-" + os + "-" + arch;
    }

    /** The native executable's file name inside the platform package. */
    public String executableName() {
        return os.equals("win32") ? "copilot.exe" : "copilot";
    }

    /** Where the native executable lies below a {@code node_modules} directory. */
    public Path executableIn(Path nodeModules) {
        return nodeModules.resolve(packageName()).resolve(executableName());
    }
}
