package io.github.copilot4j;

import io.github.copilot4j.command.CommandDefinition;
import io.github.copilot4j.config.CanvasDeclaration;
import io.github.copilot4j.config.CanvasProviderIdentity;
import io.github.copilot4j.config.CapiSessionOptions;
import io.github.copilot4j.config.CloudSessionOptions;
import io.github.copilot4j.config.ContextTier;
import io.github.copilot4j.config.CustomAgentConfig;
import io.github.copilot4j.config.DefaultAgentConfig;
import io.github.copilot4j.config.ExpAssignments;
import io.github.copilot4j.config.ExtensionInfo;
import io.github.copilot4j.config.GitHubMcpToolConfig;
import io.github.copilot4j.config.InfiniteSessionConfig;
import io.github.copilot4j.config.LargeOutputConfig;
import io.github.copilot4j.config.ManagedSettings;
import io.github.copilot4j.config.McpServerConfig;
import io.github.copilot4j.config.MemoryConfig;
import io.github.copilot4j.config.ModelCapabilitiesOverride;
import io.github.copilot4j.config.NamedProviderConfig;
import io.github.copilot4j.config.ProviderConfig;
import io.github.copilot4j.config.ProviderModelConfig;
import io.github.copilot4j.config.ReasoningEffort;
import io.github.copilot4j.config.ReasoningSummary;
import io.github.copilot4j.config.RemoteSessionMode;
import io.github.copilot4j.config.SessionLimitsConfig;
import io.github.copilot4j.config.StorageMode;
import io.github.copilot4j.config.SystemMessage;
import io.github.copilot4j.config.ToolSearchConfig;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionEventListener;
import io.github.copilot4j.hook.SessionHooks;
import io.github.copilot4j.input.AutoModeSwitchHandler;
import io.github.copilot4j.input.ElicitationHandler;
import io.github.copilot4j.input.ExitPlanModeHandler;
import io.github.copilot4j.input.UserInputHandler;
import io.github.copilot4j.internal.util.Checks;
import io.github.copilot4j.internal.util.ToStringHelper;
import io.github.copilot4j.mcp.McpAuthHandler;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.tool.ToolDefinition;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The configuration of a session: model, tools, providers, MCP servers, agents, handlers and CLI options. Immutable;
 * build with {@link #builder()}. Unset (null) values are not sent, so the CLI's defaults apply. Used as is for
 * {@code session.create} and, wrapped in a {@link ResumeSessionConfig}, for {@code session.resume}.
 * {@code toString()} masks the GitHub token and provider and MCP secrets.
 */
public final class SessionConfig {

    private static final SessionConfig DEFAULTS = builder().build();

    private final Builder values;

    private SessionConfig(Builder values) {
        this.values = values;
    }

    /** A configuration with nothing set. */
    public static SessionConfig defaults() {
        return DEFAULTS;
    }

    /** Starts a configuration with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder with this configuration's values. */
    public Builder toBuilder() {
        return values.copy();
    }

    /** The id the session is created with, or null to have one generated. */
    public @Nullable String sessionId() {
        return values.sessionId;
    }

    /** The application name included in the User-Agent of model requests, or null. */
    public @Nullable String clientName() {
        return values.clientName;
    }

    /** The model id, or null for the CLI's default model. */
    public @Nullable String model() {
        return values.model;
    }

    /** The reasoning effort, or null for the model's default. */
    public @Nullable ReasoningEffort reasoningEffort() {
        return values.reasoningEffort;
    }

    /** The reasoning summary mode, or null for the model's default. */
    public @Nullable ReasoningSummary reasoningSummary() {
        return values.reasoningSummary;
    }

    /** Whether the CLI's experimental features are enabled, or null to let the CLI decide. */
    public @Nullable Boolean enableExperimentalMode() {
        return values.enableExperimentalMode;
    }

    /** The context window tier, or null for the model's default. */
    public @Nullable ContextTier contextTier() {
        return values.contextTier;
    }

    /** The custom tools, or null. */
    public @Nullable List<ToolDefinition> tools() {
        return values.tools;
    }

    /**
     * How long a tool handler of this session may run: a call still running then is answered with a
     * {@code timeout} result naming the limit, its {@link io.github.copilot4j.tool.ToolCancellation} fires and its
     * thread is interrupted. Null (the default) for no limit.
     */
    public @Nullable Duration toolTimeout() {
        return values.toolTimeout;
    }

    /**
     * How long the session's other callbacks (permission, user input, elicitation and MCP auth handlers, hooks,
     * commands, system message transforms) may run: one still running then counts as failed, with the outcome its
     * handler documents for a failure (a denied permission, a hook without output, …), and its thread is
     * interrupted. Null (the default) for no limit.
     */
    public @Nullable Duration handlerTimeout() {
        return values.handlerTimeout;
    }

    /** How the system prompt is built, or null for the CLI's prompt. */
    public @Nullable SystemMessage systemMessage() {
        return values.systemMessage;
    }

    /** Tool search settings, or null for the CLI's defaults. */
    public @Nullable ToolSearchConfig toolSearch() {
        return values.toolSearch;
    }

    /** Patterns of the only tools the model may use ({@code name}, {@code builtin:*}, {@code mcp:<server>}, {@code custom:*}, ...), or null for all; excluded tools win over this list. */
    public @Nullable List<String> availableTools() {
        return values.availableTools;
    }

    /** Patterns of tools the model must not use, or null. */
    public @Nullable List<String> excludedTools() {
        return values.excludedTools;
    }

    /** Built-in agents hidden from the session, or null. */
    public @Nullable List<String> excludedBuiltinAgents() {
        return values.excludedBuiltinAgents;
    }

    /** The BYOK provider serving the whole session, or null to use GitHub Copilot's models. */
    public @Nullable ProviderConfig provider() {
        return values.provider;
    }

    /** Options for GitHub Copilot's model API, or null. */
    public @Nullable CapiSessionOptions capi() {
        return values.capi;
    }

    /** Named BYOK providers added to GitHub Copilot's, or null. */
    public @Nullable List<NamedProviderConfig> providers() {
        return values.providers;
    }

    /** BYOK models served by the named providers, or null. */
    public @Nullable List<ProviderModelConfig> models() {
        return values.models;
    }

    /** Whether GitHub's internal session telemetry is on, or null for the CLI's default; always off with a BYOK provider. */
    public @Nullable Boolean enableSessionTelemetry() {
        return values.enableSessionTelemetry;
    }

    /** Whether native model citations are enabled, or null. */
    public @Nullable Boolean enableCitations() {
        return values.enableCitations;
    }

    /** Whether file changes are recorded for rewind and session diffs, or null. */
    public @Nullable Boolean enableFileChangeTracking() {
        return values.enableFileChangeTracking;
    }

    /** Limits of the session's accounting window, or null. */
    public @Nullable SessionLimitsConfig sessionLimits() {
        return values.sessionLimits;
    }

    /** Whether repository custom instructions are skipped, or null; applied with {@code session.options.update} after creation. */
    public @Nullable Boolean skipCustomInstructions() {
        return values.skipCustomInstructions;
    }

    /** Whether only local custom agents are loaded, or null. */
    public @Nullable Boolean customAgentsLocalOnly() {
        return values.customAgentsLocalOnly;
    }

    /** Whether commits get a co-author trailer, or null; applied with {@code session.options.update} after creation. */
    public @Nullable Boolean coauthorEnabled() {
        return values.coauthorEnabled;
    }

    /** Whether the agent may manage scheduled prompts, or null; applied with {@code session.options.update} after creation. */
    public @Nullable Boolean manageScheduleEnabled() {
        return values.manageScheduleEnabled;
    }

    /** Overrides of the model's capabilities, or null. */
    public @Nullable ModelCapabilitiesOverride modelCapabilities() {
        return values.modelCapabilities;
    }

    /** Handling of large tool outputs, or null for the CLI's defaults. */
    public @Nullable LargeOutputConfig largeOutput() {
        return values.largeOutput;
    }

    /** Decides permission requests, or null to leave them pending for the application. */
    public @Nullable PermissionHandler onPermissionRequest() {
        return values.onPermissionRequest;
    }

    /** Answers the agent's questions, or null to disable the {@code ask_user} tool. */
    public @Nullable UserInputHandler onUserInputRequest() {
        return values.onUserInputRequest;
    }

    /** Shows elicitation requests to the user, or null. */
    public @Nullable ElicitationHandler onElicitationRequest() {
        return values.onElicitationRequest;
    }

    /** Decides requests to leave plan mode, or null. */
    public @Nullable ExitPlanModeHandler onExitPlanModeRequest() {
        return values.onExitPlanModeRequest;
    }

    /** Answers auto-mode switch offers, or null. */
    public @Nullable AutoModeSwitchHandler onAutoModeSwitchRequest() {
        return values.onAutoModeSwitchRequest;
    }

    /** Supplies OAuth tokens to MCP servers, or null. */
    public @Nullable McpAuthHandler onMcpAuthRequest() {
        return values.onMcpAuthRequest;
    }

    /** The session hooks, or null. */
    public @Nullable SessionHooks hooks() {
        return values.hooks;
    }

    /** A listener registered before the session is created, so it sees the first events; or null. */
    public @Nullable SessionEventListener<SessionEvent> onEvent() {
        return values.onEvent;
    }

    /** The slash commands, or null. */
    public @Nullable List<CommandDefinition> commands() {
        return values.commands;
    }

    /** Whether MCP Apps UI passthrough is requested (experimental). */
    public boolean enableMcpApps() {
        return values.enableMcpApps;
    }

    /** Settings of the built-in GitHub MCP server, or null. */
    public @Nullable GitHubMcpToolConfig githubMcpToolConfig() {
        return values.githubMcpToolConfig;
    }

    /** The working directory of tools, or null for the CLI's. */
    public @Nullable String workingDirectory() {
        return values.workingDirectory;
    }

    /** Directories the agent may use besides the working directory, or null. */
    public @Nullable List<String> additionalDirectories() {
        return values.additionalDirectories;
    }

    /** Whether {@code assistant.message_delta} and {@code assistant.reasoning_delta} events are emitted, or null. */
    public @Nullable Boolean streaming() {
        return values.streaming;
    }

    /** Whether streaming events of sub-agents are forwarded; true unless set otherwise. */
    public boolean includeSubAgentStreamingEvents() {
        return values.includeSubAgentStreamingEvents;
    }

    /** MCP servers by name, or null. */
    public @Nullable Map<String, McpServerConfig> mcpServers() {
        return values.mcpServers;
    }

    /** Where MCP OAuth tokens are kept, or null for the CLI's default. */
    public @Nullable StorageMode mcpOAuthTokenStorage() {
        return values.mcpOAuthTokenStorage;
    }

    /** Where embedding caches are kept, or null for the CLI's default. */
    public @Nullable StorageMode embeddingCacheStorage() {
        return values.embeddingCacheStorage;
    }

    /** The custom agents, or null. */
    public @Nullable List<CustomAgentConfig> customAgents() {
        return values.customAgents;
    }

    /** Settings of the default agent, or null. */
    public @Nullable DefaultAgentConfig defaultAgent() {
        return values.defaultAgent;
    }

    /** The name of the agent active from the start, or null. */
    public @Nullable String agent() {
        return values.agent;
    }

    /** The CLI configuration directory, or null for the CLI's. */
    public @Nullable String configDirectory() {
        return values.configDirectory;
    }

    /** Whether the CLI discovers configuration files by itself, or null; explicit settings win. */
    public @Nullable Boolean enableConfigDiscovery() {
        return values.enableConfigDiscovery;
    }

    /** Whether embedding-based retrieval is skipped, or null. */
    public @Nullable Boolean skipEmbeddingRetrieval() {
        return values.skipEmbeddingRetrieval;
    }

    /** Organisation-level custom instructions, or null. */
    public @Nullable String organizationCustomInstructions() {
        return values.organizationCustomInstructions;
    }

    /** Whether instruction files are discovered on demand, or null. */
    public @Nullable Boolean enableOnDemandInstructionDiscovery() {
        return values.enableOnDemandInstructionDiscovery;
    }

    /** Whether hooks from {@code .github/hooks/} run, or null. */
    public @Nullable Boolean enableFileHooks() {
        return values.enableFileHooks;
    }

    /** Whether git operations run on the host file system, or null. */
    public @Nullable Boolean enableHostGitOperations() {
        return values.enableHostGitOperations;
    }

    /** Whether the cross-session store is enabled, or null. */
    public @Nullable Boolean enableSessionStore() {
        return values.enableSessionStore;
    }

    /** Whether skills are loaded, or null. */
    public @Nullable Boolean enableSkills() {
        return values.enableSkills;
    }

    /** Directories searched for skills, or null. */
    public @Nullable List<String> skillDirectories() {
        return values.skillDirectories;
    }

    /** Directories searched for plugins, or null. */
    public @Nullable List<String> pluginDirectories() {
        return values.pluginDirectories;
    }

    /** Additional directories searched for instruction files, or null. */
    public @Nullable List<String> instructionDirectories() {
        return values.instructionDirectories;
    }

    /** Skills disabled for the session, or null. */
    public @Nullable List<String> disabledSkills() {
        return values.disabledSkills;
    }

    /** MCP server names disabled for this session only, or null. */
    public @Nullable List<String> disabledMcpServers() {
        return values.disabledMcpServers;
    }

    /** Compaction and workspace persistence, or null for the CLI's defaults. */
    public @Nullable InfiniteSessionConfig infiniteSessions() {
        return values.infiniteSessions;
    }

    /** Session memory, or null for the CLI's default. */
    public @Nullable MemoryConfig memory() {
        return values.memory;
    }

    /** The GitHub token the session acts with, or null for the client's identity. Never printed. */
    public @Nullable String gitHubToken() {
        return values.gitHubToken;
    }

    /** Whether the session is exported and remotely steerable, or null. */
    public @Nullable RemoteSessionMode remoteSession() {
        return values.remoteSession;
    }

    /** Creates the session in the cloud; null for a local session. Not valid on resume. */
    public @Nullable CloudSessionOptions cloud() {
        return values.cloud;
    }

    /** Experimentation assignments of a trusted integrator, or null. */
    public @Nullable ExpAssignments expAssignments() {
        return values.expAssignments;
    }

    /** Whether the CLI fetches enterprise managed settings with {@link #gitHubToken()}, or null. */
    public @Nullable Boolean enableManagedSettings() {
        return values.enableManagedSettings;
    }

    /** Enterprise managed settings supplied by the host, or null. */
    public @Nullable ManagedSettings managedSettings() {
        return values.managedSettings;
    }

    /** Canvases this client provides (experimental), or null. */
    public @Nullable List<CanvasDeclaration> canvases() {
        return values.canvases;
    }

    /** Whether this client renders canvases (experimental), or null. */
    public @Nullable Boolean requestCanvasRenderer() {
        return values.requestCanvasRenderer;
    }

    /** Whether extensions are enabled for this client (experimental), or null. */
    public @Nullable Boolean requestExtensions() {
        return values.requestExtensions;
    }

    /** The path of the extension SDK (experimental), or null. */
    public @Nullable String extensionSdkPath() {
        return values.extensionSdkPath;
    }

    /** The identity of the extension providing canvases (experimental), or null. */
    public @Nullable ExtensionInfo extensionInfo() {
        return values.extensionInfo;
    }

    /** The identity under which host canvases are restored (experimental), or null. */
    public @Nullable CanvasProviderIdentity canvasProvider() {
        return values.canvasProvider;
    }

    @Override
    public String toString() {
        return ToStringHelper.of("SessionConfig")
                .add("sessionId", values.sessionId)
                .add("clientName", values.clientName)
                .add("model", values.model)
                .add("reasoningEffort", values.reasoningEffort)
                .add("reasoningSummary", values.reasoningSummary)
                .add("enableExperimentalMode", values.enableExperimentalMode)
                .add("contextTier", values.contextTier)
                .add("tools", values.tools)
                .add("toolTimeout", values.toolTimeout)
                .add("handlerTimeout", values.handlerTimeout)
                .add("systemMessage", values.systemMessage)
                .add("toolSearch", values.toolSearch)
                .add("availableTools", values.availableTools)
                .add("excludedTools", values.excludedTools)
                .add("excludedBuiltinAgents", values.excludedBuiltinAgents)
                .add("provider", values.provider)
                .add("capi", values.capi)
                .add("providers", values.providers)
                .add("models", values.models)
                .add("enableSessionTelemetry", values.enableSessionTelemetry)
                .add("enableCitations", values.enableCitations)
                .add("enableFileChangeTracking", values.enableFileChangeTracking)
                .add("sessionLimits", values.sessionLimits)
                .add("skipCustomInstructions", values.skipCustomInstructions)
                .add("customAgentsLocalOnly", values.customAgentsLocalOnly)
                .add("coauthorEnabled", values.coauthorEnabled)
                .add("manageScheduleEnabled", values.manageScheduleEnabled)
                .add("modelCapabilities", values.modelCapabilities)
                .add("largeOutput", values.largeOutput)
                .present("onPermissionRequest", values.onPermissionRequest)
                .present("onUserInputRequest", values.onUserInputRequest)
                .present("onElicitationRequest", values.onElicitationRequest)
                .present("onExitPlanModeRequest", values.onExitPlanModeRequest)
                .present("onAutoModeSwitchRequest", values.onAutoModeSwitchRequest)
                .present("onMcpAuthRequest", values.onMcpAuthRequest)
                .add("hooks", values.hooks)
                .present("onEvent", values.onEvent)
                .add("commands", values.commands)
                .add("enableMcpApps", values.enableMcpApps)
                .add("githubMcpToolConfig", values.githubMcpToolConfig)
                .add("workingDirectory", values.workingDirectory)
                .add("additionalDirectories", values.additionalDirectories)
                .add("streaming", values.streaming)
                .add("includeSubAgentStreamingEvents", values.includeSubAgentStreamingEvents)
                .add("mcpServers", values.mcpServers)
                .add("mcpOAuthTokenStorage", values.mcpOAuthTokenStorage)
                .add("embeddingCacheStorage", values.embeddingCacheStorage)
                .add("customAgents", values.customAgents)
                .add("defaultAgent", values.defaultAgent)
                .add("agent", values.agent)
                .add("configDirectory", values.configDirectory)
                .add("enableConfigDiscovery", values.enableConfigDiscovery)
                .add("skipEmbeddingRetrieval", values.skipEmbeddingRetrieval)
                .add("organizationCustomInstructions", values.organizationCustomInstructions)
                .add("enableOnDemandInstructionDiscovery", values.enableOnDemandInstructionDiscovery)
                .add("enableFileHooks", values.enableFileHooks)
                .add("enableHostGitOperations", values.enableHostGitOperations)
                .add("enableSessionStore", values.enableSessionStore)
                .add("enableSkills", values.enableSkills)
                .add("skillDirectories", values.skillDirectories)
                .add("pluginDirectories", values.pluginDirectories)
                .add("instructionDirectories", values.instructionDirectories)
                .add("disabledSkills", values.disabledSkills)
                .add("disabledMcpServers", values.disabledMcpServers)
                .add("infiniteSessions", values.infiniteSessions)
                .add("memory", values.memory)
                .secret("gitHubToken", values.gitHubToken)
                .add("remoteSession", values.remoteSession)
                .add("cloud", values.cloud)
                .add("expAssignments", values.expAssignments)
                .add("enableManagedSettings", values.enableManagedSettings)
                .add("managedSettings", values.managedSettings)
                .add("canvases", values.canvases)
                .add("requestCanvasRenderer", values.requestCanvasRenderer)
                .add("requestExtensions", values.requestExtensions)
                .add("extensionSdkPath", values.extensionSdkPath)
                .add("extensionInfo", values.extensionInfo)
                .add("canvasProvider", values.canvasProvider)
                .toString();
    }

    /**
     * Builds a {@link SessionConfig}. Setters check their value at once and accept null to unset it; {@link #build()}
     * checks the rules that involve several values.
     */
    public static final class Builder {

        private @Nullable String sessionId;
        private @Nullable String clientName;
        private @Nullable String model;
        private @Nullable ReasoningEffort reasoningEffort;
        private @Nullable ReasoningSummary reasoningSummary;
        private @Nullable Boolean enableExperimentalMode;
        private @Nullable ContextTier contextTier;
        private @Nullable List<ToolDefinition> tools;
        private @Nullable Duration toolTimeout;
        private @Nullable Duration handlerTimeout;
        private @Nullable SystemMessage systemMessage;
        private @Nullable ToolSearchConfig toolSearch;
        private @Nullable List<String> availableTools;
        private @Nullable List<String> excludedTools;
        private @Nullable List<String> excludedBuiltinAgents;
        private @Nullable ProviderConfig provider;
        private @Nullable CapiSessionOptions capi;
        private @Nullable List<NamedProviderConfig> providers;
        private @Nullable List<ProviderModelConfig> models;
        private @Nullable Boolean enableSessionTelemetry;
        private @Nullable Boolean enableCitations;
        private @Nullable Boolean enableFileChangeTracking;
        private @Nullable SessionLimitsConfig sessionLimits;
        private @Nullable Boolean skipCustomInstructions;
        private @Nullable Boolean customAgentsLocalOnly;
        private @Nullable Boolean coauthorEnabled;
        private @Nullable Boolean manageScheduleEnabled;
        private @Nullable ModelCapabilitiesOverride modelCapabilities;
        private @Nullable LargeOutputConfig largeOutput;
        private @Nullable PermissionHandler onPermissionRequest;
        private @Nullable UserInputHandler onUserInputRequest;
        private @Nullable ElicitationHandler onElicitationRequest;
        private @Nullable ExitPlanModeHandler onExitPlanModeRequest;
        private @Nullable AutoModeSwitchHandler onAutoModeSwitchRequest;
        private @Nullable McpAuthHandler onMcpAuthRequest;
        private @Nullable SessionHooks hooks;
        private @Nullable SessionEventListener<SessionEvent> onEvent;
        private @Nullable List<CommandDefinition> commands;
        private boolean enableMcpApps;
        private @Nullable GitHubMcpToolConfig githubMcpToolConfig;
        private @Nullable String workingDirectory;
        private @Nullable List<String> additionalDirectories;
        private @Nullable Boolean streaming;
        private boolean includeSubAgentStreamingEvents = true;
        private @Nullable Map<String, McpServerConfig> mcpServers;
        private @Nullable StorageMode mcpOAuthTokenStorage;
        private @Nullable StorageMode embeddingCacheStorage;
        private @Nullable List<CustomAgentConfig> customAgents;
        private @Nullable DefaultAgentConfig defaultAgent;
        private @Nullable String agent;
        private @Nullable String configDirectory;
        private @Nullable Boolean enableConfigDiscovery;
        private @Nullable Boolean skipEmbeddingRetrieval;
        private @Nullable String organizationCustomInstructions;
        private @Nullable Boolean enableOnDemandInstructionDiscovery;
        private @Nullable Boolean enableFileHooks;
        private @Nullable Boolean enableHostGitOperations;
        private @Nullable Boolean enableSessionStore;
        private @Nullable Boolean enableSkills;
        private @Nullable List<String> skillDirectories;
        private @Nullable List<String> pluginDirectories;
        private @Nullable List<String> instructionDirectories;
        private @Nullable List<String> disabledSkills;
        private @Nullable List<String> disabledMcpServers;
        private @Nullable InfiniteSessionConfig infiniteSessions;
        private @Nullable MemoryConfig memory;
        private @Nullable String gitHubToken;
        private @Nullable RemoteSessionMode remoteSession;
        private @Nullable CloudSessionOptions cloud;
        private @Nullable ExpAssignments expAssignments;
        private @Nullable Boolean enableManagedSettings;
        private @Nullable ManagedSettings managedSettings;
        private @Nullable List<CanvasDeclaration> canvases;
        private @Nullable Boolean requestCanvasRenderer;
        private @Nullable Boolean requestExtensions;
        private @Nullable String extensionSdkPath;
        private @Nullable ExtensionInfo extensionInfo;
        private @Nullable CanvasProviderIdentity canvasProvider;

        private Builder() {
        }

        /** Sets the id of the session to create. */
        public Builder sessionId(@Nullable String sessionId) {
            this.sessionId = Checks.nonBlankOrNull(sessionId, "sessionId");
            return this;
        }

        /** Sets the client name. */
        public Builder clientName(@Nullable String clientName) {
            this.clientName = Checks.nonBlankOrNull(clientName, "clientName");
            return this;
        }

        /** Sets the model. */
        public Builder model(@Nullable String model) {
            this.model = Checks.nonBlankOrNull(model, "model");
            return this;
        }

        /** Sets the reasoning effort. */
        public Builder reasoningEffort(@Nullable ReasoningEffort reasoningEffort) {
            this.reasoningEffort = reasoningEffort;
            return this;
        }

        /** Sets the reasoning summary mode. */
        public Builder reasoningSummary(@Nullable ReasoningSummary reasoningSummary) {
            this.reasoningSummary = reasoningSummary;
            return this;
        }

        /** Sets whether experimental features are enabled. */
        public Builder enableExperimentalMode(@Nullable Boolean enableExperimentalMode) {
            this.enableExperimentalMode = enableExperimentalMode;
            return this;
        }

        /** Sets the context window tier. */
        public Builder contextTier(@Nullable ContextTier contextTier) {
            this.contextTier = contextTier;
            return this;
        }

        /** Sets the custom tools. */
        public Builder tools(@Nullable List<? extends ToolDefinition> tools) {
            this.tools = Checks.listOrNull(tools, "tools");
            return this;
        }

        /** Sets how long a tool handler may run; null for no limit. */
        public Builder toolTimeout(@Nullable Duration toolTimeout) {
            this.toolTimeout = Checks.positiveOrNull(toolTimeout, "toolTimeout");
            return this;
        }

        /** Sets how long the other callbacks and hooks may run; null for no limit. */
        public Builder handlerTimeout(@Nullable Duration handlerTimeout) {
            this.handlerTimeout = Checks.positiveOrNull(handlerTimeout, "handlerTimeout");
            return this;
        }

        /** Sets the system message. */
        public Builder systemMessage(@Nullable SystemMessage systemMessage) {
            this.systemMessage = systemMessage;
            return this;
        }

        /** Sets the tool search settings. */
        public Builder toolSearch(@Nullable ToolSearchConfig toolSearch) {
            this.toolSearch = toolSearch;
            return this;
        }

        /** Sets the tool allowlist. */
        public Builder availableTools(@Nullable List<String> availableTools) {
            this.availableTools = toolFilter(availableTools, "availableTools");
            return this;
        }

        /** Sets the tool denylist. */
        public Builder excludedTools(@Nullable List<String> excludedTools) {
            this.excludedTools = toolFilter(excludedTools, "excludedTools");
            return this;
        }

        /** Sets the excluded built-in agents. */
        public Builder excludedBuiltinAgents(@Nullable List<String> excludedBuiltinAgents) {
            this.excludedBuiltinAgents = Checks.stringsOrNull(excludedBuiltinAgents, "excludedBuiltinAgents");
            return this;
        }

        /** Sets the single BYOK provider. */
        public Builder provider(@Nullable ProviderConfig provider) {
            this.provider = provider;
            return this;
        }

        /** Sets the GitHub Copilot API options. */
        public Builder capi(@Nullable CapiSessionOptions capi) {
            this.capi = capi;
            return this;
        }

        /** Sets the named BYOK providers. */
        public Builder providers(@Nullable List<? extends NamedProviderConfig> providers) {
            this.providers = Checks.listOrNull(providers, "providers");
            return this;
        }

        /** Sets the BYOK models. */
        public Builder models(@Nullable List<? extends ProviderModelConfig> models) {
            this.models = Checks.listOrNull(models, "models");
            return this;
        }

        /** Sets whether session telemetry is enabled. */
        public Builder enableSessionTelemetry(@Nullable Boolean enableSessionTelemetry) {
            this.enableSessionTelemetry = enableSessionTelemetry;
            return this;
        }

        /** Sets whether citations are enabled. */
        public Builder enableCitations(@Nullable Boolean enableCitations) {
            this.enableCitations = enableCitations;
            return this;
        }

        /** Sets whether file changes are tracked. */
        public Builder enableFileChangeTracking(@Nullable Boolean enableFileChangeTracking) {
            this.enableFileChangeTracking = enableFileChangeTracking;
            return this;
        }

        /** Sets the session limits. */
        public Builder sessionLimits(@Nullable SessionLimitsConfig sessionLimits) {
            this.sessionLimits = sessionLimits;
            return this;
        }

        /** Sets whether custom instructions are skipped. */
        public Builder skipCustomInstructions(@Nullable Boolean skipCustomInstructions) {
            this.skipCustomInstructions = skipCustomInstructions;
            return this;
        }

        /** Sets whether only local custom agents are loaded. */
        public Builder customAgentsLocalOnly(@Nullable Boolean customAgentsLocalOnly) {
            this.customAgentsLocalOnly = customAgentsLocalOnly;
            return this;
        }

        /** Sets whether the co-author trailer is added. */
        public Builder coauthorEnabled(@Nullable Boolean coauthorEnabled) {
            this.coauthorEnabled = coauthorEnabled;
            return this;
        }

        /** Sets whether schedule management is enabled. */
        public Builder manageScheduleEnabled(@Nullable Boolean manageScheduleEnabled) {
            this.manageScheduleEnabled = manageScheduleEnabled;
            return this;
        }

        /** Sets the model capability overrides. */
        public Builder modelCapabilities(@Nullable ModelCapabilitiesOverride modelCapabilities) {
            this.modelCapabilities = modelCapabilities;
            return this;
        }

        /** Sets the large tool output settings. */
        public Builder largeOutput(@Nullable LargeOutputConfig largeOutput) {
            this.largeOutput = largeOutput;
            return this;
        }

        /** Sets the permission handler. */
        public Builder onPermissionRequest(@Nullable PermissionHandler onPermissionRequest) {
            this.onPermissionRequest = onPermissionRequest;
            return this;
        }

        /** Sets the user input handler. */
        public Builder onUserInputRequest(@Nullable UserInputHandler onUserInputRequest) {
            this.onUserInputRequest = onUserInputRequest;
            return this;
        }

        /** Sets the elicitation handler. */
        public Builder onElicitationRequest(@Nullable ElicitationHandler onElicitationRequest) {
            this.onElicitationRequest = onElicitationRequest;
            return this;
        }

        /** Sets the exit-plan-mode handler. */
        public Builder onExitPlanModeRequest(@Nullable ExitPlanModeHandler onExitPlanModeRequest) {
            this.onExitPlanModeRequest = onExitPlanModeRequest;
            return this;
        }

        /** Sets the auto-mode-switch handler. */
        public Builder onAutoModeSwitchRequest(@Nullable AutoModeSwitchHandler onAutoModeSwitchRequest) {
            this.onAutoModeSwitchRequest = onAutoModeSwitchRequest;
            return this;
        }

        /** Sets the MCP OAuth handler. */
        public Builder onMcpAuthRequest(@Nullable McpAuthHandler onMcpAuthRequest) {
            this.onMcpAuthRequest = onMcpAuthRequest;
            return this;
        }

        /** Sets the hooks. */
        public Builder hooks(@Nullable SessionHooks hooks) {
            this.hooks = hooks;
            return this;
        }

        /** Sets the event listener registered before the session starts. */
        public Builder onEvent(@Nullable SessionEventListener<SessionEvent> onEvent) {
            this.onEvent = onEvent;
            return this;
        }

        /** Sets the slash commands. */
        public Builder commands(@Nullable List<? extends CommandDefinition> commands) {
            this.commands = Checks.listOrNull(commands, "commands");
            return this;
        }

        /** Sets whether MCP Apps are requested. */
        public Builder enableMcpApps(boolean enableMcpApps) {
            this.enableMcpApps = enableMcpApps;
            return this;
        }

        /** Sets the GitHub MCP server settings. */
        public Builder githubMcpToolConfig(@Nullable GitHubMcpToolConfig githubMcpToolConfig) {
            this.githubMcpToolConfig = githubMcpToolConfig;
            return this;
        }

        /** Sets the working directory. */
        public Builder workingDirectory(@Nullable String workingDirectory) {
            this.workingDirectory = Checks.nonBlankOrNull(workingDirectory, "workingDirectory");
            return this;
        }

        /** Sets the additional directories. */
        public Builder additionalDirectories(@Nullable List<String> additionalDirectories) {
            this.additionalDirectories = Checks.stringsOrNull(additionalDirectories, "additionalDirectories");
            return this;
        }

        /** Sets whether deltas are streamed. */
        public Builder streaming(@Nullable Boolean streaming) {
            this.streaming = streaming;
            return this;
        }

        /** Sets whether sub-agent deltas are forwarded. */
        public Builder includeSubAgentStreamingEvents(boolean includeSubAgentStreamingEvents) {
            this.includeSubAgentStreamingEvents = includeSubAgentStreamingEvents;
            return this;
        }

        /** Sets the MCP servers. */
        public Builder mcpServers(@Nullable Map<String, ? extends McpServerConfig> mcpServers) {
            this.mcpServers = Checks.mapOrNull(mcpServers, "mcpServers");
            return this;
        }

        /** Sets the MCP OAuth token storage. */
        public Builder mcpOAuthTokenStorage(@Nullable StorageMode mcpOAuthTokenStorage) {
            this.mcpOAuthTokenStorage = mcpOAuthTokenStorage;
            return this;
        }

        /** Sets the embedding cache storage. */
        public Builder embeddingCacheStorage(@Nullable StorageMode embeddingCacheStorage) {
            this.embeddingCacheStorage = embeddingCacheStorage;
            return this;
        }

        /** Sets the custom agents. */
        public Builder customAgents(@Nullable List<? extends CustomAgentConfig> customAgents) {
            this.customAgents = Checks.listOrNull(customAgents, "customAgents");
            return this;
        }

        /** Sets the default agent settings. */
        public Builder defaultAgent(@Nullable DefaultAgentConfig defaultAgent) {
            this.defaultAgent = defaultAgent;
            return this;
        }

        /** Sets the agent to activate. */
        public Builder agent(@Nullable String agent) {
            this.agent = Checks.nonBlankOrNull(agent, "agent");
            return this;
        }

        /** Sets the configuration directory. */
        public Builder configDirectory(@Nullable String configDirectory) {
            this.configDirectory = Checks.nonBlankOrNull(configDirectory, "configDirectory");
            return this;
        }

        /** Sets whether configuration is discovered. */
        public Builder enableConfigDiscovery(@Nullable Boolean enableConfigDiscovery) {
            this.enableConfigDiscovery = enableConfigDiscovery;
            return this;
        }

        /** Sets whether embedding retrieval is skipped. */
        public Builder skipEmbeddingRetrieval(@Nullable Boolean skipEmbeddingRetrieval) {
            this.skipEmbeddingRetrieval = skipEmbeddingRetrieval;
            return this;
        }

        /** Sets the organisation custom instructions. */
        public Builder organizationCustomInstructions(@Nullable String organizationCustomInstructions) {
            this.organizationCustomInstructions = organizationCustomInstructions;
            return this;
        }

        /** Sets whether instruction files are discovered on demand. */
        public Builder enableOnDemandInstructionDiscovery(@Nullable Boolean enableOnDemandInstructionDiscovery) {
            this.enableOnDemandInstructionDiscovery = enableOnDemandInstructionDiscovery;
            return this;
        }

        /** Sets whether file-based hooks are enabled. */
        public Builder enableFileHooks(@Nullable Boolean enableFileHooks) {
            this.enableFileHooks = enableFileHooks;
            return this;
        }

        /** Sets whether host git operations are enabled. */
        public Builder enableHostGitOperations(@Nullable Boolean enableHostGitOperations) {
            this.enableHostGitOperations = enableHostGitOperations;
            return this;
        }

        /** Sets whether the cross-session store is enabled. */
        public Builder enableSessionStore(@Nullable Boolean enableSessionStore) {
            this.enableSessionStore = enableSessionStore;
            return this;
        }

        /** Sets whether skills are loaded. */
        public Builder enableSkills(@Nullable Boolean enableSkills) {
            this.enableSkills = enableSkills;
            return this;
        }

        /** Sets the skill directories. */
        public Builder skillDirectories(@Nullable List<String> skillDirectories) {
            this.skillDirectories = Checks.stringsOrNull(skillDirectories, "skillDirectories");
            return this;
        }

        /** Sets the plugin directories. */
        public Builder pluginDirectories(@Nullable List<String> pluginDirectories) {
            this.pluginDirectories = Checks.stringsOrNull(pluginDirectories, "pluginDirectories");
            return this;
        }

        /** Sets the instruction directories. */
        public Builder instructionDirectories(@Nullable List<String> instructionDirectories) {
            this.instructionDirectories = Checks.stringsOrNull(instructionDirectories, "instructionDirectories");
            return this;
        }

        /** Sets the disabled skills. */
        public Builder disabledSkills(@Nullable List<String> disabledSkills) {
            this.disabledSkills = Checks.stringsOrNull(disabledSkills, "disabledSkills");
            return this;
        }

        /** Sets the disabled MCP servers. */
        public Builder disabledMcpServers(@Nullable List<String> disabledMcpServers) {
            this.disabledMcpServers = Checks.stringsOrNull(disabledMcpServers, "disabledMcpServers");
            return this;
        }

        /** Sets the infinite session settings. */
        public Builder infiniteSessions(@Nullable InfiniteSessionConfig infiniteSessions) {
            this.infiniteSessions = infiniteSessions;
            return this;
        }

        /** Sets the memory settings. */
        public Builder memory(@Nullable MemoryConfig memory) {
            this.memory = memory;
            return this;
        }

        /** Sets the per-session GitHub token. */
        public Builder gitHubToken(@Nullable String gitHubToken) {
            this.gitHubToken = Checks.nonBlankOrNull(gitHubToken, "gitHubToken");
            return this;
        }

        /** Sets the remote session mode. */
        public Builder remoteSession(@Nullable RemoteSessionMode remoteSession) {
            this.remoteSession = remoteSession;
            return this;
        }

        /** Sets the cloud session options. */
        public Builder cloud(@Nullable CloudSessionOptions cloud) {
            this.cloud = cloud;
            return this;
        }

        /** Sets the experimentation assignments. */
        public Builder expAssignments(@Nullable ExpAssignments expAssignments) {
            this.expAssignments = expAssignments;
            return this;
        }

        /** Sets whether managed settings are fetched. */
        public Builder enableManagedSettings(@Nullable Boolean enableManagedSettings) {
            this.enableManagedSettings = enableManagedSettings;
            return this;
        }

        /** Sets the managed settings. */
        public Builder managedSettings(@Nullable ManagedSettings managedSettings) {
            this.managedSettings = managedSettings;
            return this;
        }

        /** Sets the canvas declarations. */
        public Builder canvases(@Nullable List<? extends CanvasDeclaration> canvases) {
            this.canvases = Checks.listOrNull(canvases, "canvases");
            return this;
        }

        /** Sets whether this client renders canvases. */
        public Builder requestCanvasRenderer(@Nullable Boolean requestCanvasRenderer) {
            this.requestCanvasRenderer = requestCanvasRenderer;
            return this;
        }

        /** Sets whether extensions are requested. */
        public Builder requestExtensions(@Nullable Boolean requestExtensions) {
            this.requestExtensions = requestExtensions;
            return this;
        }

        /** Sets the extension SDK path. */
        public Builder extensionSdkPath(@Nullable String extensionSdkPath) {
            this.extensionSdkPath = Checks.nonBlankOrNull(extensionSdkPath, "extensionSdkPath");
            return this;
        }

        /** Sets the extension identity. */
        public Builder extensionInfo(@Nullable ExtensionInfo extensionInfo) {
            this.extensionInfo = extensionInfo;
            return this;
        }

        /** Sets the canvas provider identity. */
        public Builder canvasProvider(@Nullable CanvasProviderIdentity canvasProvider) {
            this.canvasProvider = canvasProvider;
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @throws IllegalArgumentException if {@code provider} and {@code providers} are both set, a name occurs twice
         *     in {@code providers}, {@code models}, {@code tools}, {@code commands} or {@code customAgents}, a model
         *     refers to a provider not in {@code providers}, or {@code enableManagedSettings} is true without a
         *     {@code gitHubToken}
         */
        public SessionConfig build() {
            if (provider != null && providers != null) {
                throw new IllegalArgumentException("provider and providers cannot be combined");
            }
            Checks.uniqueKeys(providers, NamedProviderConfig::name, "providers");
            Checks.uniqueKeys(models, model -> model.provider() + "/" + model.id(), "models");
            Checks.uniqueKeys(tools, ToolDefinition::name, "tools");
            Checks.uniqueKeys(commands, CommandDefinition::name, "commands");
            Checks.uniqueKeys(customAgents, CustomAgentConfig::name, "customAgents");
            if (models != null) {
                Set<String> providerNames = new HashSet<>();
                if (providers != null) {
                    providers.forEach(named -> providerNames.add(named.name()));
                }
                for (ProviderModelConfig model : models) {
                    if (!providerNames.contains(model.provider())) {
                        throw new IllegalArgumentException("models entry '" + model.id() + "' refers to provider '"
                                + model.provider() + "', which is not in providers");
                    }
                }
            }
            if (Boolean.TRUE.equals(enableManagedSettings) && gitHubToken == null) {
                throw new IllegalArgumentException("enableManagedSettings requires gitHubToken");
            }
            return new SessionConfig(copy());
        }

        private Builder copy() {
            Builder copy = new Builder();
            copy.sessionId = sessionId;
            copy.clientName = clientName;
            copy.model = model;
            copy.reasoningEffort = reasoningEffort;
            copy.reasoningSummary = reasoningSummary;
            copy.enableExperimentalMode = enableExperimentalMode;
            copy.contextTier = contextTier;
            copy.tools = tools;
            copy.toolTimeout = toolTimeout;
            copy.handlerTimeout = handlerTimeout;
            copy.systemMessage = systemMessage;
            copy.toolSearch = toolSearch;
            copy.availableTools = availableTools;
            copy.excludedTools = excludedTools;
            copy.excludedBuiltinAgents = excludedBuiltinAgents;
            copy.provider = provider;
            copy.capi = capi;
            copy.providers = providers;
            copy.models = models;
            copy.enableSessionTelemetry = enableSessionTelemetry;
            copy.enableCitations = enableCitations;
            copy.enableFileChangeTracking = enableFileChangeTracking;
            copy.sessionLimits = sessionLimits;
            copy.skipCustomInstructions = skipCustomInstructions;
            copy.customAgentsLocalOnly = customAgentsLocalOnly;
            copy.coauthorEnabled = coauthorEnabled;
            copy.manageScheduleEnabled = manageScheduleEnabled;
            copy.modelCapabilities = modelCapabilities;
            copy.largeOutput = largeOutput;
            copy.onPermissionRequest = onPermissionRequest;
            copy.onUserInputRequest = onUserInputRequest;
            copy.onElicitationRequest = onElicitationRequest;
            copy.onExitPlanModeRequest = onExitPlanModeRequest;
            copy.onAutoModeSwitchRequest = onAutoModeSwitchRequest;
            copy.onMcpAuthRequest = onMcpAuthRequest;
            copy.hooks = hooks;
            copy.onEvent = onEvent;
            copy.commands = commands;
            copy.enableMcpApps = enableMcpApps;
            copy.githubMcpToolConfig = githubMcpToolConfig;
            copy.workingDirectory = workingDirectory;
            copy.additionalDirectories = additionalDirectories;
            copy.streaming = streaming;
            copy.includeSubAgentStreamingEvents = includeSubAgentStreamingEvents;
            copy.mcpServers = mcpServers;
            copy.mcpOAuthTokenStorage = mcpOAuthTokenStorage;
            copy.embeddingCacheStorage = embeddingCacheStorage;
            copy.customAgents = customAgents;
            copy.defaultAgent = defaultAgent;
            copy.agent = agent;
            copy.configDirectory = configDirectory;
            copy.enableConfigDiscovery = enableConfigDiscovery;
            copy.skipEmbeddingRetrieval = skipEmbeddingRetrieval;
            copy.organizationCustomInstructions = organizationCustomInstructions;
            copy.enableOnDemandInstructionDiscovery = enableOnDemandInstructionDiscovery;
            copy.enableFileHooks = enableFileHooks;
            copy.enableHostGitOperations = enableHostGitOperations;
            copy.enableSessionStore = enableSessionStore;
            copy.enableSkills = enableSkills;
            copy.skillDirectories = skillDirectories;
            copy.pluginDirectories = pluginDirectories;
            copy.instructionDirectories = instructionDirectories;
            copy.disabledSkills = disabledSkills;
            copy.disabledMcpServers = disabledMcpServers;
            copy.infiniteSessions = infiniteSessions;
            copy.memory = memory;
            copy.gitHubToken = gitHubToken;
            copy.remoteSession = remoteSession;
            copy.cloud = cloud;
            copy.expAssignments = expAssignments;
            copy.enableManagedSettings = enableManagedSettings;
            copy.managedSettings = managedSettings;
            copy.canvases = canvases;
            copy.requestCanvasRenderer = requestCanvasRenderer;
            copy.requestExtensions = requestExtensions;
            copy.extensionSdkPath = extensionSdkPath;
            copy.extensionInfo = extensionInfo;
            copy.canvasProvider = canvasProvider;
            return copy;
        }

        private static @Nullable List<String> toolFilter(@Nullable List<String> patterns, String field) {
            List<String> copy = Checks.stringsOrNull(patterns, field);
            if (copy != null && copy.contains("*")) {
                throw new IllegalArgumentException(field + " must not contain the bare pattern '*'; use builtin:*, "
                        + "mcp:* or custom:* to select all tools of a source");
            }
            return copy;
        }
    }
}
