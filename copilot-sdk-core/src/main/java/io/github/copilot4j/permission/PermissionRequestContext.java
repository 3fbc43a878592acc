package io.github.copilot4j.permission;

import io.github.copilot4j.internal.util.Checks;

/**
 * A permission request of the CLI and where it comes from.
 *
 * @param sessionId the session asking
 * @param requestId the CLI's identifier of the request
 * @param request what is asked
 * @param managedSettingsEnabled whether the session runs under enterprise managed settings
 *     ({@code enableManagedSettings} or {@code managedSettings} configured)
 */
public record PermissionRequestContext(
        String sessionId,
        String requestId,
        PermissionRequest request,
        boolean managedSettingsEnabled) {

    public PermissionRequestContext {
        Checks.nonBlank(sessionId, "sessionId");
        Checks.nonBlank(requestId, "requestId");
        Checks.required(request, "request");
    }
}
