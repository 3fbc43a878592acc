package io.github.copilot4j.permission;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the CLI asks permission for: one record per {@code permissionRequest.kind}, and
 * {@link UnknownPermissionRequest} for kinds this SDK does not know (or a request whose fields do not match its
 * kind). Every request keeps the object as the CLI sent it in {@link #raw()}, for fields not modelled here.
 *
 * <pre>{@code
 * PermissionHandler handler = context -> {
 *     if (context.request() instanceof ShellPermissionRequest shell && shell.fullCommandText().startsWith("git ")) {
 *         return PermissionDecision.approveOnce();
 *     }
 *     return context.request() instanceof ReadPermissionRequest
 *             ? PermissionDecision.approveOnce()
 *             : PermissionDecision.reject("Not allowed by this application");
 * };
 * }</pre>
 */
public sealed interface PermissionRequest permits
        ShellPermissionRequest,
        WritePermissionRequest,
        ReadPermissionRequest,
        McpPermissionRequest,
        UrlPermissionRequest,
        MemoryPermissionRequest,
        CustomToolPermissionRequest,
        HookPermissionRequest,
        ExtensionManagementPermissionRequest,
        FactoryPermissionRequest,
        ExtensionCapabilityPermissionRequest,
        ExtensionEnvironmentPermissionRequest,
        UnknownPermissionRequest {

    /** The request's {@code kind} on the wire, for example {@code shell}. */
    String kind();

    /** The tool call that needs the permission, or null. */
    @Nullable String toolCallId();

    /** The {@code permissionRequest} object as the CLI sent it. Must not be modified. */
    JsonNode raw();

    /**
     * Whether managed policy requires a human to answer, which forbids automatic approval
     * ({@link PermissionHandler#approveAll()} then leaves the request to another client).
     */
    default boolean managedApprovalRequired() {
        JsonNode value = raw().get("managedApprovalRequired");
        return value != null && value.isBoolean() && value.booleanValue();
    }

    /** Whether the operation asks to run outside the sandbox, which deserves extra care when approving. */
    default boolean requestsSandboxBypass() {
        JsonNode value = raw().get("requestSandboxBypass");
        return value != null && value.isBoolean() && value.booleanValue();
    }
}
