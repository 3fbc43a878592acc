package io.github.copilot4j.permission;

import io.github.copilot4j.internal.util.Checks;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a lasting approval covers: the scope of {@link PermissionDecision#approveForSession(PermissionApproval)} and
 * {@link PermissionDecision#approveForLocation(PermissionApproval, String)}. {@link #kind()} is the scope's
 * {@code kind} on the wire. {@link #of(PermissionRequest)} gives the natural scope of a request.
 */
public sealed interface PermissionApproval {

    /** The wire {@code kind} of the scope. */
    String kind();

    /**
     * The scope that covers requests like this one: the commands of a shell request, reads, writes, the MCP tool,
     * memory, the custom tool, the extension operation, the factory or the extension's access. Empty for URL
     * requests (approve their domain instead), hook confirmations and unknown kinds.
     */
    static Optional<PermissionApproval> of(PermissionRequest request) {
        PermissionApproval approval = null;
        if (request instanceof ShellPermissionRequest shell && !shell.commands().isEmpty()) {
            approval = new Commands(shell.commandIdentifiers());
        } else if (request instanceof ReadPermissionRequest) {
            approval = new Read();
        } else if (request instanceof WritePermissionRequest) {
            approval = new Write();
        } else if (request instanceof McpPermissionRequest mcp) {
            approval = new Mcp(mcp.serverName(), mcp.toolName());
        } else if (request instanceof MemoryPermissionRequest) {
            approval = new Memory();
        } else if (request instanceof CustomToolPermissionRequest tool) {
            approval = new CustomTool(tool.toolName());
        } else if (request instanceof ExtensionManagementPermissionRequest extension) {
            approval = new ExtensionManagement(extension.operation());
        } else if (request instanceof FactoryPermissionRequest factory) {
            approval = new Factory(factory.approvalKey());
        } else if (request instanceof ExtensionCapabilityPermissionRequest extension) {
            approval = new ExtensionCapability(extension.extensionName());
        } else if (request instanceof ExtensionEnvironmentPermissionRequest extension) {
            approval = new ExtensionEnvironment(extension.extensionName(), extension.environmentVariables());
        }
        return Optional.ofNullable(approval);
    }

    /**
     * Shell commands with these identifiers.
     *
     * @param commandIdentifiers the commands, for example {@code git}; at least one
     */
    record Commands(List<String> commandIdentifiers) implements PermissionApproval {

        public Commands {
            commandIdentifiers = Checks.list(commandIdentifiers, "commandIdentifiers");
            if (commandIdentifiers.isEmpty()) {
                throw new IllegalArgumentException("commandIdentifiers must not be empty");
            }
        }

        @Override
        public String kind() {
            return "commands";
        }
    }

    /** Read-only file system operations. */
    record Read() implements PermissionApproval {
        @Override
        public String kind() {
            return "read";
        }
    }

    /** File writes. */
    record Write() implements PermissionApproval {
        @Override
        public String kind() {
            return "write";
        }
    }

    /**
     * A tool of an MCP server, or all of its tools.
     *
     * @param serverName the server
     * @param toolName the tool, or null for every tool of the server
     */
    record Mcp(String serverName, @Nullable String toolName) implements PermissionApproval {

        public Mcp {
            Checks.nonBlank(serverName, "serverName");
        }

        @Override
        public String kind() {
            return "mcp";
        }
    }

    /**
     * Sampling requests of an MCP server.
     *
     * @param serverName the server
     */
    record McpSampling(String serverName) implements PermissionApproval {

        public McpSampling {
            Checks.nonBlank(serverName, "serverName");
        }

        @Override
        public String kind() {
            return "mcp-sampling";
        }
    }

    /** Writes to long-term memory. */
    record Memory() implements PermissionApproval {
        @Override
        public String kind() {
            return "memory";
        }
    }

    /**
     * A custom tool.
     *
     * @param toolName the tool
     */
    record CustomTool(String toolName) implements PermissionApproval {

        public CustomTool {
            Checks.nonBlank(toolName, "toolName");
        }

        @Override
        public String kind() {
            return "custom-tool";
        }
    }

    /**
     * Extension management operations.
     *
     * @param operation one operation, or null for all
     */
    record ExtensionManagement(@Nullable String operation) implements PermissionApproval {
        @Override
        public String kind() {
            return "extension-management";
        }
    }

    /**
     * Factory operations.
     *
     * @param approvalKey one factory's approval key, or null for all factories
     */
    record Factory(@Nullable String approvalKey) implements PermissionApproval {
        @Override
        public String kind() {
            return "factory";
        }
    }

    /**
     * An extension's access to permission-gated capabilities.
     *
     * @param extensionName the extension
     */
    record ExtensionCapability(String extensionName) implements PermissionApproval {

        public ExtensionCapability {
            Checks.nonBlank(extensionName, "extensionName");
        }

        @Override
        public String kind() {
            return "extension-permission-access";
        }
    }

    /**
     * An extension's access to exactly these sensitive environment variables.
     *
     * @param extensionName the extension
     * @param environmentVariables the variable names; at least one
     */
    record ExtensionEnvironment(String extensionName, List<String> environmentVariables)
            implements PermissionApproval {

        public ExtensionEnvironment {
            Checks.nonBlank(extensionName, "extensionName");
            environmentVariables = Checks.list(environmentVariables, "environmentVariables");
            if (environmentVariables.isEmpty()) {
                throw new IllegalArgumentException("environmentVariables must not be empty");
            }
        }

        @Override
        public String kind() {
            return "extension-env-access";
        }
    }
}
