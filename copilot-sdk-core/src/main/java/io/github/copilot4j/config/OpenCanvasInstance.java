package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A canvas that was open when the session was suspended; passed on resume so the CLI can restore it. Experimental in
 * the CLI.
 *
 * @param instanceId the instance id
 * @param extensionId the owning provider's id
 * @param extensionName the owning extension's display name, or null
 * @param canvasId the provider-local canvas id
 * @param icon a local PNG path of the icon, or null
 * @param title the rendered title, or null
 * @param status the provider's status text, or null
 * @param url the URL of a web-rendered canvas, or null
 * @param input the input the instance was opened with, or null
 */
public record OpenCanvasInstance(
        String instanceId,
        String extensionId,
        @Nullable String extensionName,
        String canvasId,
        @Nullable String icon,
        @Nullable String title,
        @Nullable String status,
        @Nullable String url,
        @Nullable JsonNode input) {

    public OpenCanvasInstance {
        Checks.nonBlank(instanceId, "OpenCanvasInstance.instanceId");
        Checks.nonBlank(extensionId, "OpenCanvasInstance.extensionId");
        Checks.nonBlank(canvasId, "OpenCanvasInstance.canvasId");
        input = input == null ? null : input.deepCopy();
    }
}
