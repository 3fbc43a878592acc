package io.github.copilot4j.internal.wire;

import io.github.copilot4j.Attachment;
import io.github.copilot4j.ResumeSessionConfig;
import io.github.copilot4j.SendOptions;
import io.github.copilot4j.SessionConfig;
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
import io.github.copilot4j.config.OpenCanvasInstance;
import io.github.copilot4j.config.ProviderConfig;
import io.github.copilot4j.config.ProviderModelConfig;
import io.github.copilot4j.config.ProviderTransport;
import io.github.copilot4j.config.ProviderType;
import io.github.copilot4j.config.ReasoningEffort;
import io.github.copilot4j.config.ReasoningSummary;
import io.github.copilot4j.config.RemoteSessionMode;
import io.github.copilot4j.config.SessionLimitsConfig;
import io.github.copilot4j.config.StorageMode;
import io.github.copilot4j.config.SystemMessage;
import io.github.copilot4j.config.ToolSearchConfig;
import io.github.copilot4j.config.WireApi;
import io.github.copilot4j.internal.util.Checks;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.trace.TraceContext;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts session configuration to the parameters of {@code session.create}, {@code session.resume},
 * {@code session.send} and the {@code session.options.update} that follows creation. Unset values are omitted;
 * callbacks become flags ({@code requestPermission}, {@code hooks}, {@code hasBearerTokenProvider}, ...).
 */
public final class SessionConfigWire {

    private SessionConfigWire() {
    }

    /**
     * The parameters of {@code session.create}.
     *
     * @param sessionId the id to create the session with: {@code config.sessionId()} when set, otherwise a generated
     *     one; null only for a cloud session, whose id the server assigns
     * @param trace the trace context sent as top-level {@code traceparent}/{@code tracestate}
     * @throws IllegalArgumentException if {@code sessionId} is null without {@code cloud}, or differs from a
     *     {@code sessionId} set in the configuration
     */
    public static ObjectNode createParams(SessionConfig config, @Nullable String sessionId, TraceContext trace) {
        if (sessionId == null && config.cloud() == null) {
            throw new IllegalArgumentException("sessionId is required unless cloud is set");
        }
        if (config.sessionId() != null && !config.sessionId().equals(sessionId)) {
            throw new IllegalArgumentException("sessionId must be the configured sessionId");
        }
        return sessionParams(config, sessionId, trace)
                .obj("cloud", config.cloud(), SessionConfigWire::cloud)
                .node;
    }

    /**
     * The parameters of {@code session.resume}: those of {@link #createParams} (without {@code cloud}) plus
     * {@code disableResume}, {@code continuePendingWork} and {@code openCanvases}.
     */
    public static ObjectNode resumeParams(ResumeSessionConfig config, String sessionId, TraceContext trace) {
        return sessionParams(config.session(), Checks.nonBlank(sessionId, "sessionId"), trace)
                .bool("disableResume", config.suppressResumeEvent())
                .bool("continuePendingWork", config.continuePendingWork())
                .array("openCanvases", config.openCanvases(), SessionConfigWire::openCanvas)
                .node;
    }

    /** The parameters of {@code session.send}. */
    public static ObjectNode sendParams(String sessionId, String prompt, SendOptions options, TraceContext trace) {
        return new WireObject()
                .str("traceparent", trace.traceparent())
                .str("tracestate", trace.tracestate())
                .str("sessionId", Checks.nonBlank(sessionId, "sessionId"))
                .str("prompt", Checks.required(prompt, "prompt"))
                .str("displayPrompt", options.displayPrompt())
                .array("attachments", options.attachments(), SessionConfigWire::attachment)
                .str("mode", options.mode(), SendOptions.Mode::wireValue)
                .str("agentMode", options.agentMode(), SendOptions.AgentMode::wireValue)
                .strMap("requestHeaders", options.requestHeaders())
                .node;
    }

    /**
     * The parameters of the {@code session.options.update} sent after creation or resumption for the settings
     * {@code session.create} does not take ({@code skipCustomInstructions}, {@code coauthorEnabled},
     * {@code manageScheduleEnabled}, and {@code customAgentsLocalOnly} again), or null when none is set.
     */
    public static @Nullable ObjectNode optionsUpdateParams(SessionConfig config, String sessionId) {
        WireObject options = new WireObject()
                .bool("skipCustomInstructions", config.skipCustomInstructions())
                .bool("customAgentsLocalOnly", config.customAgentsLocalOnly())
                .bool("coauthorEnabled", config.coauthorEnabled())
                .bool("manageScheduleEnabled", config.manageScheduleEnabled());
        if (options.node.isEmpty()) {
            return null;
        }
        ObjectNode params = new WireObject().str("sessionId", Checks.nonBlank(sessionId, "sessionId")).node;
        params.setAll(options.node);
        return params;
    }

    private static WireObject sessionParams(SessionConfig c, @Nullable String sessionId, TraceContext trace) {
        return new WireObject()
                .str("traceparent", trace.traceparent())
                .str("tracestate", trace.tracestate())
                .str("sessionId", sessionId)
                .str("model", c.model())
                .str("clientName", c.clientName())
                .str("reasoningEffort", c.reasoningEffort(), ReasoningEffort::wireValue)
                .str("reasoningSummary", c.reasoningSummary(), ReasoningSummary::wireValue)
                .bool("isExperimentalMode", c.enableExperimentalMode())
                .str("contextTier", c.contextTier(), ContextTier::wireValue)
                .array("tools", c.tools(), SessionConfigWire::tool)
                .obj("toolSearch", c.toolSearch(), SessionConfigWire::toolSearch)
                .array("canvases", c.canvases(), SessionConfigWire::canvas)
                .bool("requestCanvasRenderer", c.requestCanvasRenderer())
                .bool("requestExtensions", c.requestExtensions())
                .str("extensionSdkPath", c.extensionSdkPath())
                .obj("extensionInfo", c.extensionInfo(), SessionConfigWire::extensionInfo)
                .obj("canvasProvider", c.canvasProvider(), SessionConfigWire::canvasProvider)
                .array("commands", c.commands(), SessionConfigWire::command)
                .obj("systemMessage", c.systemMessage(), SessionConfigWire::systemMessage)
                .strings("availableTools", c.availableTools())
                .strings("excludedTools", c.excludedTools())
                .str("toolFilterPrecedence", "excluded")
                .strings("excludedBuiltinAgents", c.excludedBuiltinAgents())
                .obj("provider", c.provider(), SessionConfigWire::provider)
                .obj("capi", c.capi(), SessionConfigWire::capi)
                .array("providers", c.providers(), SessionConfigWire::namedProvider)
                .array("models", c.models(), SessionConfigWire::providerModel)
                .bool("enableSessionTelemetry", c.enableSessionTelemetry())
                .bool("enableCitations", c.enableCitations())
                .bool("enableFileChangeTracking", c.enableFileChangeTracking())
                .obj("sessionLimits", c.sessionLimits(), SessionConfigWire::sessionLimits)
                .obj("modelCapabilities", c.modelCapabilities(), SessionConfigWire::capabilities)
                .obj("largeOutput", c.largeOutput(), SessionConfigWire::largeOutput)
                .bool("requestPermission", c.onPermissionRequest() != null)
                .bool("requestUserInput", c.onUserInputRequest() != null)
                .bool("requestElicitation", c.onElicitationRequest() != null)
                .bool("requestMcpApps", c.enableMcpApps() ? Boolean.TRUE : null)
                .obj("githubMcpToolConfig", c.githubMcpToolConfig(), SessionConfigWire::gitHubMcpToolConfig)
                .bool("requestExitPlanMode", c.onExitPlanModeRequest() != null)
                .bool("requestAutoModeSwitch", c.onAutoModeSwitchRequest() != null)
                .bool("hooks", c.hooks() != null && c.hooks().hasAny())
                .str("workingDirectory", c.workingDirectory())
                .strings("additionalDirectories", c.additionalDirectories())
                .bool("streaming", c.streaming())
                .bool("includeSubAgentStreamingEvents", c.includeSubAgentStreamingEvents())
                .objMap("mcpServers", c.mcpServers(), SessionConfigWire::mcpServer)
                .str("mcpOAuthTokenStorage", c.mcpOAuthTokenStorage(), StorageMode::wireValue)
                .str("envValueMode", "direct")
                .array("customAgents", c.customAgents(), SessionConfigWire::customAgent)
                .bool("customAgentsLocalOnly", c.customAgentsLocalOnly())
                .obj("defaultAgent", c.defaultAgent(), SessionConfigWire::defaultAgent)
                .str("agent", c.agent())
                .str("configDir", c.configDirectory())
                .bool("enableConfigDiscovery", c.enableConfigDiscovery())
                .bool("skipEmbeddingRetrieval", c.skipEmbeddingRetrieval())
                .str("embeddingCacheStorage", c.embeddingCacheStorage(), StorageMode::wireValue)
                .str("organizationCustomInstructions", c.organizationCustomInstructions())
                .bool("enableOnDemandInstructionDiscovery", c.enableOnDemandInstructionDiscovery())
                .bool("enableFileHooks", c.enableFileHooks())
                .bool("enableHostGitOperations", c.enableHostGitOperations())
                .bool("enableSessionStore", c.enableSessionStore())
                .bool("enableSkills", c.enableSkills())
                .strings("skillDirectories", c.skillDirectories())
                .strings("pluginDirectories", c.pluginDirectories())
                .strings("instructionDirectories", c.instructionDirectories())
                .strings("disabledSkills", c.disabledSkills())
                .strings("disabledMcpServers", c.disabledMcpServers())
                .obj("infiniteSessions", c.infiniteSessions(), SessionConfigWire::infiniteSessions)
                .obj("memory", c.memory(), SessionConfigWire::memory)
                .str("gitHubToken", c.gitHubToken())
                .str("remoteSession", c.remoteSession(), RemoteSessionMode::wireValue)
                .obj("expAssignments", c.expAssignments(), SessionConfigWire::expAssignments)
                .bool("enableManagedSettings", c.enableManagedSettings())
                .obj("managedSettings", c.managedSettings(), SessionConfigWire::managedSettings);
    }

    private static ObjectNode tool(ToolDefinition tool) {
        return new WireObject()
                .str("name", tool.name())
                .str("description", tool.description())
                .node("parameters", tool.parameters())
                .bool("overridesBuiltInTool", tool.overridesBuiltInTool() ? Boolean.TRUE : null)
                .bool("skipPermission", tool.skipPermission() ? Boolean.TRUE : null)
                .str("defer", tool.defer(), ToolDefinition.Defer::wireValue)
                .node("metadata", tool.metadata())
                .bool("isTerminal", tool.isTerminal() ? Boolean.TRUE : null)
                .node;
    }

    private static ObjectNode toolSearch(ToolSearchConfig toolSearch) {
        return new WireObject()
                .bool("enabled", toolSearch.enabled())
                .num("deferThreshold", toolSearch.deferThreshold())
                .node;
    }

    private static ObjectNode canvas(CanvasDeclaration canvas) {
        return new WireObject()
                .str("id", canvas.id())
                .str("displayName", canvas.displayName())
                .str("description", canvas.description())
                .node("inputSchema", canvas.inputSchema())
                .array("actions", canvas.actions(), action -> new WireObject()
                        .str("name", action.name())
                        .str("description", action.description())
                        .node("inputSchema", action.inputSchema())
                        .node)
                .node;
    }

    private static ObjectNode extensionInfo(ExtensionInfo info) {
        return new WireObject().str("source", info.source()).str("name", info.name()).node;
    }

    private static ObjectNode canvasProvider(CanvasProviderIdentity identity) {
        return new WireObject().str("id", identity.id()).str("name", identity.name()).node;
    }

    private static ObjectNode command(CommandDefinition command) {
        String description = command.description();
        return new WireObject()
                .str("name", command.name())
                .str("description", description == null ? "" : description)
                .node;
    }

    private static ObjectNode systemMessage(SystemMessage message) {
        if (message instanceof SystemMessage.Append append) {
            return new WireObject().str("mode", "append").str("content", append.content()).node;
        }
        if (message instanceof SystemMessage.Replace replace) {
            return new WireObject().str("mode", "replace").str("content", replace.content()).node;
        }
        SystemMessage.Customize customize = (SystemMessage.Customize) message;
        return new WireObject()
                .str("mode", "customize")
                .objMap("sections", customize.sections(), override -> new WireObject()
                        .str("action", override.action().wireValue())
                        .str("content", override.content())
                        .node)
                .str("content", customize.content())
                .node;
    }

    /**
     * The wire form of a BYOK provider, as used by {@code session.create} and {@code session.options.update}: the
     * credentials as given, and {@code hasBearerTokenProvider: true} in place of a bearer token callback.
     */
    public static ObjectNode provider(ProviderConfig provider) {
        return new WireObject()
                .str("type", provider.type(), ProviderType::wireValue)
                .str("wireApi", provider.wireApi(), WireApi::wireValue)
                .str("transport", provider.transport(), ProviderTransport::wireValue)
                .str("baseUrl", provider.baseUrl())
                .str("apiKey", provider.apiKey())
                .str("bearerToken", provider.bearerToken())
                .bool("hasBearerTokenProvider", provider.bearerTokenProvider() != null ? Boolean.TRUE : null)
                .obj("azure", provider.azureApiVersion(), version -> new WireObject().str("apiVersion", version).node)
                .strMap("headers", provider.headers())
                .str("modelId", provider.modelId())
                .str("wireModel", provider.wireModel())
                .num("maxPromptTokens", provider.maxPromptTokens())
                .num("maxOutputTokens", provider.maxOutputTokens())
                .node;
    }

    private static ObjectNode namedProvider(NamedProviderConfig named) {
        ObjectNode node = new WireObject().str("name", named.name()).node;
        node.setAll(provider(named.connection()));
        return node;
    }

    private static ObjectNode capi(CapiSessionOptions capi) {
        return new WireObject().bool("enableWebSocketResponses", capi.enableWebSocketResponses()).node;
    }

    private static ObjectNode providerModel(ProviderModelConfig model) {
        return new WireObject()
                .str("id", model.id())
                .str("provider", model.provider())
                .str("wireModel", model.wireModel())
                .str("modelId", model.modelId())
                .str("name", model.name())
                .num("maxPromptTokens", model.maxPromptTokens())
                .num("maxContextWindowTokens", model.maxContextWindowTokens())
                .num("maxOutputTokens", model.maxOutputTokens())
                .obj("capabilities", model.capabilities(), SessionConfigWire::capabilities)
                .node;
    }

    /** The {@code modelCapabilities} of a session or of {@code session.model.switchTo}. */
    public static ObjectNode capabilities(ModelCapabilitiesOverride caps) {
        ObjectNode supports = new WireObject()
                .bool("vision", caps.supportsVision())
                .bool("reasoningEffort", caps.supportsReasoningEffort())
                .node;
        ObjectNode vision = new WireObject()
                .strings("supportedMediaTypes", caps.visionSupportedMediaTypes())
                .num("maxPromptImages", caps.visionMaxPromptImages())
                .num("maxPromptImageSize", caps.visionMaxPromptImageSize())
                .node;
        ObjectNode limits = new WireObject()
                .num("maxPromptTokens", caps.maxPromptTokens())
                .num("maxOutputTokens", caps.maxOutputTokens())
                .num("maxContextWindowTokens", caps.maxContextWindowTokens())
                .nonEmpty("vision", vision)
                .node;
        return new WireObject().nonEmpty("supports", supports).nonEmpty("limits", limits).node;
    }

    private static ObjectNode sessionLimits(SessionLimitsConfig limits) {
        return new WireObject().num("maxAiCredits", limits.maxAiCredits()).node;
    }

    private static ObjectNode largeOutput(LargeOutputConfig largeOutput) {
        return new WireObject()
                .bool("enabled", largeOutput.enabled())
                .num("maxSizeBytes", largeOutput.maxSizeBytes())
                .str("outputDir", largeOutput.outputDirectory())
                .node;
    }

    private static ObjectNode gitHubMcpToolConfig(GitHubMcpToolConfig config) {
        return new WireObject()
                .bool("enableAllTools", config.enableAllTools())
                .strings("additionalToolsets", config.additionalToolsets())
                .strings("additionalTools", config.additionalTools())
                .bool("enableInsidersMode", config.enableInsidersMode())
                .bool("disableFormDeferral", config.disableFormDeferral())
                .node;
    }

    private static ObjectNode mcpServer(McpServerConfig server) {
        WireObject wire = new WireObject();
        if (server instanceof McpServerConfig.Remote remote) {
            wire.str("type", remote.type().wireValue())
                    .str("url", remote.url())
                    .strMap("headers", remote.headers());
        } else {
            McpServerConfig.Local local = (McpServerConfig.Local) server;
            wire.str("command", local.command())
                    .strings("args", local.args())
                    .strMap("env", local.env())
                    .str("cwd", local.workingDirectory());
        }
        return wire.strings("tools", server.tools())
                .num("timeout", server.timeout(), Duration::toMillis)
                .node;
    }

    private static ObjectNode customAgent(CustomAgentConfig agent) {
        return new WireObject()
                .str("name", agent.name())
                .str("displayName", agent.displayName())
                .str("description", agent.description())
                .strings("tools", agent.tools())
                .str("prompt", agent.prompt())
                .objMap("mcpServers", agent.mcpServers(), SessionConfigWire::mcpServer)
                .bool("infer", agent.infer())
                .strings("skills", agent.skills())
                .str("model", agent.model())
                .str("reasoningEffort", agent.reasoningEffort(), ReasoningEffort::wireValue)
                .node;
    }

    private static ObjectNode defaultAgent(DefaultAgentConfig agent) {
        return new WireObject().strings("excludedTools", agent.excludedTools()).node;
    }

    private static ObjectNode infiniteSessions(InfiniteSessionConfig config) {
        return new WireObject()
                .bool("enabled", config.enabled())
                .num("backgroundCompactionThreshold", config.backgroundCompactionThreshold())
                .num("bufferExhaustionThreshold", config.bufferExhaustionThreshold())
                .node;
    }

    private static ObjectNode memory(MemoryConfig memory) {
        return new WireObject().bool("enabled", memory.enabled()).node;
    }

    private static ObjectNode cloud(CloudSessionOptions cloud) {
        return new WireObject()
                .obj("repository", cloud.repository(), repository -> new WireObject()
                        .str("owner", repository.owner())
                        .str("name", repository.name())
                        .str("branch", repository.branch())
                        .node)
                .node;
    }

    private static ObjectNode expAssignments(ExpAssignments exp) {
        return new WireObject()
                .strings("Features", exp.features())
                .strMap("Flights", exp.flights())
                .array("Configs", exp.configs(), entry -> new WireObject()
                        .str("Id", entry.id())
                        .node("Parameters", entry.parameters())
                        .node)
                .str("AssignmentContext", exp.assignmentContext())
                .node("ParameterGroups", exp.parameterGroups())
                .num("FlightingVersion", exp.flightingVersion())
                .str("ImpressionId", exp.impressionId())
                .node;
    }

    private static ObjectNode managedSettings(ManagedSettings settings) {
        return new WireObject()
                .obj("permissions", settings.permissions(), permissions -> new WireObject()
                        .str("disableBypassPermissionsMode", permissions.disableBypassPermissionsMode() ? "disable" : null)
                        .strings("deny", permissions.deny())
                        .strings("ask", permissions.ask())
                        .strings("allow", permissions.allow())
                        .node)
                .node;
    }

    private static ObjectNode openCanvas(OpenCanvasInstance canvas) {
        return new WireObject()
                .str("instanceId", canvas.instanceId())
                .str("extensionId", canvas.extensionId())
                .str("extensionName", canvas.extensionName())
                .str("canvasId", canvas.canvasId())
                .str("icon", canvas.icon())
                .str("title", canvas.title())
                .str("status", canvas.status())
                .str("url", canvas.url())
                .node("input", canvas.input())
                .node;
    }

    private static ObjectNode attachment(Attachment attachment) {
        if (attachment instanceof Attachment.FileAttachment file) {
            return new WireObject().str("type", "file").str("path", file.path())
                    .str("displayName", file.displayName()).node;
        }
        if (attachment instanceof Attachment.DirectoryAttachment directory) {
            return new WireObject().str("type", "directory").str("path", directory.path())
                    .str("displayName", directory.displayName()).node;
        }
        if (attachment instanceof Attachment.SelectionAttachment selection) {
            return new WireObject()
                    .str("type", "selection")
                    .str("filePath", selection.filePath())
                    .str("displayName", selection.displayName())
                    .obj("selection", selection.selection(), range -> new WireObject()
                            .obj("start", range.start(), SessionConfigWire::position)
                            .obj("end", range.end(), SessionConfigWire::position)
                            .node)
                    .str("text", selection.text())
                    .node;
        }
        Attachment.BlobAttachment blob = (Attachment.BlobAttachment) attachment;
        return new WireObject()
                .str("type", "blob")
                .str("data", blob.data())
                .str("mimeType", blob.mimeType())
                .str("displayName", blob.displayName())
                .node;
    }

    private static ObjectNode position(Attachment.Position position) {
        return new WireObject().num("line", position.line()).num("character", position.character()).node;
    }
}
