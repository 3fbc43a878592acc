package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Settings of the CLI's built-in GitHub MCP server. Unset values keep the CLI's defaults.
 *
 * @param enableAllTools whether every tool of the server is enabled
 * @param additionalToolsets toolsets enabled in addition to the defaults
 * @param additionalTools tools enabled in addition to the defaults
 * @param enableInsidersMode whether insiders features are enabled
 * @param disableFormDeferral whether form-backed write tools run directly; only effective with MCP Apps enabled
 */
public record GitHubMcpToolConfig(
        @Nullable Boolean enableAllTools,
        @Nullable List<String> additionalToolsets,
        @Nullable List<String> additionalTools,
        @Nullable Boolean enableInsidersMode,
        @Nullable Boolean disableFormDeferral) {

    public GitHubMcpToolConfig {
        additionalToolsets = Checks.stringsOrNull(additionalToolsets, "GitHubMcpToolConfig.additionalToolsets");
        additionalTools = Checks.stringsOrNull(additionalTools, "GitHubMcpToolConfig.additionalTools");
    }
}
