package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The stable identity of a host connection that supplies built-in canvases, so that they are restored on a cold
 * resume. Experimental in the CLI.
 *
 * @param id the provider id, for example {@code app:builtin:window-1}
 * @param name a readable name, or null
 */
public record CanvasProviderIdentity(String id, @Nullable String name) {

    public CanvasProviderIdentity {
        Checks.nonBlank(id, "CanvasProviderIdentity.id");
    }
}
