package io.github.copilot4j.permission;

/**
 * Decides the CLI's permission requests for a session. Setting a handler makes the session announce
 * {@code requestPermission: true}; without one, requests stay pending for the application to resolve.
 */
@FunctionalInterface
public interface PermissionHandler {

    /**
     * Decides one request.
     *
     * @throws Exception when no decision can be made; the SDK then answers {@code user-not-available}
     */
    PermissionDecision handle(PermissionRequestContext context) throws Exception;

    /**
     * Approves every request once. Requests marked {@code managedApprovalRequired} are left to another client
     * ({@link PermissionDecision#noResult()}); under enterprise managed settings the handler refuses to decide.
     */
    static PermissionHandler approveAll() {
        return context -> {
            if (context.managedSettingsEnabled()) {
                throw new IllegalStateException("approveAll cannot be used when managed settings are enabled");
            }
            if (context.request().path("managedApprovalRequired").asBoolean(false)) {
                return PermissionDecision.noResult();
            }
            return PermissionDecision.approveOnce();
        };
    }
}
