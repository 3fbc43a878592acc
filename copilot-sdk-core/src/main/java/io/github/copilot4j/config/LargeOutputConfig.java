package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Handling of large tool outputs: above the size limit the output is written to a file and the model gets a
 * reference to it.
 *
 * @param enabled whether large outputs are written to files, or null for the CLI's default (on)
 * @param maxSizeBytes the size limit, or null for the CLI's default (51200)
 * @param outputDirectory where the files are written, or null for the OS temporary directory
 */
public record LargeOutputConfig(
        @Nullable Boolean enabled, @Nullable Long maxSizeBytes, @Nullable String outputDirectory) {

    public LargeOutputConfig {
        Checks.positiveOrNull(maxSizeBytes, "LargeOutputConfig.maxSizeBytes");
        Checks.nonBlankOrNull(outputDirectory, "LargeOutputConfig.outputDirectory");
    }
}
