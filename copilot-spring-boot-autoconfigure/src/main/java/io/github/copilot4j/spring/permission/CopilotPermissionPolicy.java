package io.github.copilot4j.spring.permission;

import io.github.copilot4j.permission.CustomToolPermissionRequest;
import io.github.copilot4j.permission.PermissionDecision;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.permission.PermissionRequest;
import io.github.copilot4j.permission.PermissionRequestContext;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A {@link PermissionHandler} that decides by the kind of request, safe by default:
 * <ol>
 * <li>a denied kind is rejected;</li>
 * <li>an approved kind is approved once;</li>
 * <li>a {@code custom-tool} request for one of the application's own tools is approved once;</li>
 * <li>anything else is rejected.</li>
 * </ol>
 * Requests that managed policy reserves for a person ({@link PermissionRequest#managedApprovalRequired()}) are
 * rejected, never approved automatically. A rejection tells the model that the application's policy denied the
 * request.
 */
public final class CopilotPermissionPolicy implements PermissionHandler {

    private final Set<String> approvedKinds;
    private final Set<String> deniedKinds;
    private final Supplier<? extends Collection<String>> applicationToolNames;

    /**
     * A policy.
     *
     * @param approvedKinds the kinds of request to approve, such as {@code read} or {@code mcp}
     * @param deniedKinds the kinds of request to deny
     * @param applicationToolNames the names of the application's own tools, asked on every {@code custom-tool}
     *     request
     * @throws IllegalArgumentException when a kind is blank, or both approved and denied
     */
    public CopilotPermissionPolicy(Collection<String> approvedKinds, Collection<String> deniedKinds,
            Supplier<? extends Collection<String>> applicationToolNames) {
        this.approvedKinds = kinds(approvedKinds, "copilot.permissions.approve");
        this.deniedKinds = kinds(deniedKinds, "copilot.permissions.deny");
        for (String kind : this.approvedKinds) {
            if (this.deniedKinds.contains(kind)) {
                throw new IllegalArgumentException("The permission kind '" + kind + "' is both approved and denied; "
                        + "remove it from copilot.permissions.deny (which denies shell, write and url by default) "
                        + "or from copilot.permissions.approve");
            }
        }
        this.applicationToolNames = applicationToolNames;
    }

    private static Set<String> kinds(Collection<String> kinds, String property) {
        Set<String> normalized = new LinkedHashSet<>();
        for (String kind : kinds) {
            if (kind.isBlank()) {
                throw new IllegalArgumentException(property + " must not contain a blank kind");
            }
            normalized.add(kind.strip());
        }
        return Collections.unmodifiableSet(normalized);
    }

    /** The kinds of request this policy approves. */
    public Set<String> approvedKinds() {
        return approvedKinds;
    }

    /** The kinds of request this policy denies explicitly. */
    public Set<String> deniedKinds() {
        return deniedKinds;
    }

    @Override
    public PermissionDecision handle(PermissionRequestContext context) {
        PermissionRequest request = context.request();
        String kind = request.kind();
        if (request.managedApprovalRequired()) {
            return PermissionDecision.reject("Managed policy requires a person to approve this " + kind
                    + " request, and this application approves nothing on a person's behalf");
        }
        if (deniedKinds.contains(kind)) {
            return denied(kind);
        }
        if (approvedKinds.contains(kind)) {
            return PermissionDecision.approveOnce();
        }
        if (request instanceof CustomToolPermissionRequest tool
                && applicationToolNames.get().contains(tool.toolName())) {
            return PermissionDecision.approveOnce();
        }
        return denied(kind);
    }

    private static PermissionDecision denied(String kind) {
        return PermissionDecision.reject("The application's permission policy does not allow "
                + (kind.isEmpty() ? "this request" : "'" + kind + "' requests"));
    }

    @Override
    public String toString() {
        return "CopilotPermissionPolicy[approve=" + approvedKinds + ", deny=" + deniedKinds + "]";
    }
}
