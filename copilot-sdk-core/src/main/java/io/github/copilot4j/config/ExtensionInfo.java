package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;

/**
 * The stable identity of an extension that provides canvases. Experimental in the CLI.
 *
 * @param source the extension namespace, for example {@code github-app}
 * @param name the provider name within the namespace
 */
public record ExtensionInfo(String source, String name) {

    public ExtensionInfo {
        Checks.nonBlank(source, "ExtensionInfo.source");
        Checks.nonBlank(name, "ExtensionInfo.name");
    }
}
