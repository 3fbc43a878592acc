package io.github.copilot4j.permission;

/**
 * Decides the CLI's permission requests for a session (shell commands, file writes, URL fetches, MCP and custom tool
 * calls, ...). Setting a handler makes the session announce {@code requestPermission: true}; the CLI then sends
 * each request that its rules do not settle as a {@code permission.requested} event, and the SDK answers it with
 * the handler's decision. Requests a permission hook already resolved are not passed to the handler.
 *
 * <p>Without a handler the session announces {@code requestPermission: false}: the CLI sends no requests and denies
 * every operation that needs approval, telling the model {@code "Permission denied and could not request
 * permission from user"}. The turn goes on.
 *
 * <p>The handler runs on the client's executor, never on the connection's reader thread, and may block (for example
 * to ask a person). If it throws, or returns null, the request is answered with
 * {@link PermissionDecision#userNotAvailable()}, which denies the operation.
 */
@FunctionalInterface
public interface PermissionHandler {

    /**
     * Decides one request.
     *
     * @throws Exception when no decision can be made; the operation is then denied
     */
    PermissionDecision handle(PermissionRequestContext context) throws Exception;

    /**
     * Approves every request once. Requests whose managed policy requires a person
     * ({@link PermissionRequest#managedApprovalRequired()}) are left to another client
     * ({@link PermissionDecision#noResult()}); under enterprise managed settings it refuses to decide at all, which
     * denies the request.
     */
    static PermissionHandler approveAll() {
        return context -> {
            if (context.managedSettingsEnabled()) {
                throw new IllegalStateException("approveAll cannot be used when managed settings are enabled");
            }
            if (context.request().managedApprovalRequired()) {
                return PermissionDecision.noResult();
            }
            return PermissionDecision.approveOnce();
        };
    }
}
