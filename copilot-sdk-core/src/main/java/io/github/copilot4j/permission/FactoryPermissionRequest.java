package io.github.copilot4j.permission;

import io.github.copilot4j.internal.util.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Permission to run or author a factory (kind {@code factory}). Its limits (sub-agents, active time, AI credits) are
 * in {@link #raw()}.
 *
 * @param toolCallId the tool call, or null
 * @param name the factory's name
 * @param description the factory's description
 * @param operation {@code run} or {@code author}
 * @param approvalKey the key scoped approvals of this factory use
 * @param canPersistApproval whether the approval may be persisted
 * @param phases the factory's declared phases
 * @param raw the request as the CLI sent it
 */
public record FactoryPermissionRequest(
        @Nullable String toolCallId,
        String name,
        String description,
        String operation,
        String approvalKey,
        boolean canPersistApproval,
        List<Phase> phases,
        JsonNode raw) implements PermissionRequest {

    /** The wire kind. */
    public static final String KIND = "factory";

    public FactoryPermissionRequest {
        Checks.required(name, "name");
        Checks.required(description, "description");
        Checks.required(operation, "operation");
        Checks.required(approvalKey, "approvalKey");
        phases = Checks.list(phases, "phases");
        raw = Checks.required(raw, "raw").deepCopy();
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * A declared phase of the factory.
     *
     * @param title the phase's title
     * @param detail more about the phase, or null
     */
    public record Phase(String title, @Nullable String detail) {

        public Phase {
            Checks.required(title, "title");
        }
    }
}
