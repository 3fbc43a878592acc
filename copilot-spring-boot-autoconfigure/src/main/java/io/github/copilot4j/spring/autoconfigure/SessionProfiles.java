package io.github.copilot4j.spring.autoconfigure;

import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.CustomAgentConfig;
import io.github.copilot4j.config.InfiniteSessionConfig;
import io.github.copilot4j.config.McpServerConfig;
import io.github.copilot4j.config.ProviderConfig;
import io.github.copilot4j.spring.autoconfigure.CopilotProperties.Session;
import io.github.copilot4j.spring.autoconfigure.CopilotProperties.Session.CustomAgent;
import io.github.copilot4j.spring.autoconfigure.CopilotProperties.Session.McpServer;
import io.github.copilot4j.spring.autoconfigure.CopilotProperties.Session.Provider;
import io.github.copilot4j.spring.session.CopilotSessionFactory;
import io.github.copilot4j.spring.session.SessionProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns the {@code copilot.session} defaults and the {@code copilot.sessions.<name>} profiles into
 * {@link SessionProfile}s. A profile overrides the defaults value by value; a list replaces the default list, and
 * maps (MCP servers, provider headers, system message sections) are merged by key, a profile's entry replacing the
 * default entry of the same key.
 */
final class SessionProfiles {

    private SessionProfiles() {
    }

    /**
     * The default profile followed by the named ones.
     *
     * @throws IllegalArgumentException naming the property prefix of the first invalid profile
     */
    static List<SessionProfile> from(CopilotProperties properties) {
        List<SessionProfile> profiles = new ArrayList<>();
        Session defaults = properties.getSession();
        profiles.add(toProfile(CopilotSessionFactory.DEFAULT_PROFILE, "copilot.session", defaults));
        properties.getSessions().forEach((name, overrides) -> {
            if (name.equals(CopilotSessionFactory.DEFAULT_PROFILE)) {
                throw new IllegalArgumentException("copilot.sessions." + name + " is reserved for the defaults; set "
                        + "them under copilot.session instead");
            }
            profiles.add(toProfile(name, "copilot.sessions." + name, merge(defaults, overrides)));
        });
        return profiles;
    }

    /** The defaults with every value the profile sets replacing the default one. */
    static Session merge(Session defaults, Session profile) {
        Session merged = new Session();
        merged.setModel(first(profile.getModel(), defaults.getModel()));
        merged.setReasoningEffort(first(profile.getReasoningEffort(), defaults.getReasoningEffort()));
        merged.setStreaming(first(profile.getStreaming(), defaults.getStreaming()));
        merged.setClientName(first(profile.getClientName(), defaults.getClientName()));
        merged.setWorkingDirectory(first(profile.getWorkingDirectory(), defaults.getWorkingDirectory()));
        Session.SystemMessage systemMessage = merged.getSystemMessage();
        systemMessage.setMode(first(profile.getSystemMessage().getMode(), defaults.getSystemMessage().getMode()));
        systemMessage.setContent(first(profile.getSystemMessage().getContent(),
                defaults.getSystemMessage().getContent()));
        systemMessage.setSections(union(defaults.getSystemMessage().getSections(),
                profile.getSystemMessage().getSections()));
        merged.setAvailableTools(first(profile.getAvailableTools(), defaults.getAvailableTools()));
        merged.setExcludedTools(first(profile.getExcludedTools(), defaults.getExcludedTools()));
        Provider provider = merged.getProvider();
        provider.setType(first(profile.getProvider().getType(), defaults.getProvider().getType()));
        provider.setBaseUrl(first(profile.getProvider().getBaseUrl(), defaults.getProvider().getBaseUrl()));
        provider.setApiKey(first(profile.getProvider().getApiKey(), defaults.getProvider().getApiKey()));
        provider.setBearerToken(first(profile.getProvider().getBearerToken(), defaults.getProvider().getBearerToken()));
        provider.setWireApi(first(profile.getProvider().getWireApi(), defaults.getProvider().getWireApi()));
        provider.getAzure().setApiVersion(first(profile.getProvider().getAzure().getApiVersion(),
                defaults.getProvider().getAzure().getApiVersion()));
        provider.setHeaders(union(defaults.getProvider().getHeaders(), profile.getProvider().getHeaders()));
        merged.setMcpServers(union(defaults.getMcpServers(), profile.getMcpServers()));
        merged.setCustomAgents(first(profile.getCustomAgents(), defaults.getCustomAgents()));
        merged.setAgent(first(profile.getAgent(), defaults.getAgent()));
        merged.setSkillDirectories(first(profile.getSkillDirectories(), defaults.getSkillDirectories()));
        merged.setDisabledSkills(first(profile.getDisabledSkills(), defaults.getDisabledSkills()));
        Session.InfiniteSessions infinite = merged.getInfiniteSessions();
        infinite.setEnabled(first(profile.getInfiniteSessions().getEnabled(),
                defaults.getInfiniteSessions().getEnabled()));
        infinite.setBackgroundCompactionThreshold(first(profile.getInfiniteSessions().getBackgroundCompactionThreshold(),
                defaults.getInfiniteSessions().getBackgroundCompactionThreshold()));
        infinite.setBufferExhaustionThreshold(first(profile.getInfiniteSessions().getBufferExhaustionThreshold(),
                defaults.getInfiniteSessions().getBufferExhaustionThreshold()));
        merged.setSendTimeout(first(profile.getSendTimeout(), defaults.getSendTimeout()));
        merged.setToolTimeout(first(profile.getToolTimeout(), defaults.getToolTimeout()));
        merged.setHandlerTimeout(first(profile.getHandlerTimeout(), defaults.getHandlerTimeout()));
        merged.setTools(first(profile.getTools(), defaults.getTools()));
        return merged;
    }

    private static <T> @Nullable T first(@Nullable T preferred, @Nullable T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static <V> Map<String, V> union(Map<String, V> defaults, Map<String, V> overrides) {
        Map<String, V> union = new LinkedHashMap<>(defaults);
        union.putAll(overrides);
        return union;
    }

    private static SessionProfile toProfile(String name, String prefix, Session session) {
        try {
            SessionConfig config = SessionConfig.builder()
                    .model(session.getModel())
                    .reasoningEffort(session.getReasoningEffort())
                    .streaming(session.getStreaming())
                    .clientName(session.getClientName())
                    .workingDirectory(session.getWorkingDirectory())
                    .systemMessage(systemMessage(session.getSystemMessage(), prefix + ".system-message"))
                    .availableTools(session.getAvailableTools())
                    .excludedTools(session.getExcludedTools())
                    .provider(provider(session.getProvider(), prefix + ".provider"))
                    .mcpServers(mcpServers(session.getMcpServers(), prefix + ".mcp-servers"))
                    .customAgents(customAgents(session.getCustomAgents(), prefix + ".custom-agents"))
                    .agent(session.getAgent())
                    .skillDirectories(session.getSkillDirectories())
                    .disabledSkills(session.getDisabledSkills())
                    .infiniteSessions(infiniteSessions(session.getInfiniteSessions()))
                    .toolTimeout(session.getToolTimeout())
                    .handlerTimeout(session.getHandlerTimeout())
                    .build();
            List<String> tools = session.getTools();
            Duration sendTimeout = session.getSendTimeout();
            return new SessionProfile(name, config, tools != null ? tools : List.of(),
                    sendTimeout != null ? sendTimeout : CopilotSession.DEFAULT_SEND_TIMEOUT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid session settings under " + prefix + ": " + e.getMessage(), e);
        }
    }

    private static io.github.copilot4j.config.@Nullable SystemMessage systemMessage(Session.SystemMessage properties,
            String prefix) {
        Session.SystemMessage.Mode mode = properties.getMode();
        if (mode == null) {
            if (!properties.getSections().isEmpty()) {
                mode = Session.SystemMessage.Mode.CUSTOMIZE;
            } else if (properties.getContent() != null) {
                mode = Session.SystemMessage.Mode.APPEND;
            } else {
                return null;
            }
        }
        if (mode != Session.SystemMessage.Mode.CUSTOMIZE && !properties.getSections().isEmpty()) {
            throw new IllegalArgumentException(prefix + ".sections require " + prefix + ".mode=customize");
        }
        return switch (mode) {
            case APPEND -> io.github.copilot4j.config.SystemMessage.append(required(properties.getContent(),
                    prefix + ".content", "for mode append"));
            case REPLACE -> io.github.copilot4j.config.SystemMessage.replace(required(properties.getContent(),
                    prefix + ".content", "for mode replace"));
            case CUSTOMIZE -> {
                var customized = io.github.copilot4j.config.SystemMessage.customize().content(properties.getContent());
                properties.getSections().forEach((id, section) -> customized.section(id,
                        sectionOverride(section, prefix + ".sections." + id)));
                yield customized.build();
            }
        };
    }

    private static io.github.copilot4j.config.SystemMessage.SectionOverride sectionOverride(
            Session.SystemMessage.Section section, String prefix) {
        Session.SystemMessage.Section.Action action = required(section.getAction(), prefix + ".action",
                "(replace, remove, append, prepend or preserve)");
        return switch (action) {
            case REPLACE -> io.github.copilot4j.config.SystemMessage.SectionOverride.replace(
                    required(section.getContent(), prefix + ".content", "for action replace"));
            case APPEND -> io.github.copilot4j.config.SystemMessage.SectionOverride.append(
                    required(section.getContent(), prefix + ".content", "for action append"));
            case PREPEND -> io.github.copilot4j.config.SystemMessage.SectionOverride.prepend(
                    required(section.getContent(), prefix + ".content", "for action prepend"));
            case REMOVE -> io.github.copilot4j.config.SystemMessage.SectionOverride.remove();
            case PRESERVE -> io.github.copilot4j.config.SystemMessage.SectionOverride.preserve();
        };
    }

    private static @Nullable ProviderConfig provider(Provider properties, String prefix) {
        if (properties.getBaseUrl() == null) {
            boolean anySet = properties.getType() != null || properties.getApiKey() != null
                    || properties.getBearerToken() != null || properties.getWireApi() != null
                    || properties.getAzure().getApiVersion() != null || !properties.getHeaders().isEmpty();
            if (anySet) {
                throw new IllegalArgumentException(prefix + ".base-url is required when other provider settings "
                        + "are set");
            }
            return null;
        }
        return ProviderConfig.builder(properties.getBaseUrl())
                .type(properties.getType())
                .apiKey(properties.getApiKey())
                .bearerToken(properties.getBearerToken())
                .wireApi(properties.getWireApi())
                .azureApiVersion(properties.getAzure().getApiVersion())
                .headers(properties.getHeaders().isEmpty() ? null : properties.getHeaders())
                .build();
    }

    private static @Nullable Map<String, McpServerConfig> mcpServers(Map<String, McpServer> servers, String prefix) {
        if (servers.isEmpty()) {
            return null;
        }
        Map<String, McpServerConfig> configs = new LinkedHashMap<>();
        servers.forEach((name, server) -> configs.put(name, mcpServer(server, prefix + "." + name)));
        return configs;
    }

    private static McpServerConfig mcpServer(McpServer server, String prefix) {
        McpServer.Type type = server.getType();
        if (type == null) {
            type = server.getCommand() != null ? McpServer.Type.LOCAL : McpServer.Type.HTTP;
        }
        return switch (type) {
            case LOCAL, STDIO -> {
                if (server.getUrl() != null || !server.getHeaders().isEmpty()) {
                    throw new IllegalArgumentException(prefix + ".url and .headers apply to http and sse servers, "
                            + "not to a local one");
                }
                yield McpServerConfig.local(required(server.getCommand(), prefix + ".command", "for a local server"))
                        .args(server.getArgs())
                        .env(server.getEnv().isEmpty() ? null : server.getEnv())
                        .workingDirectory(server.getCwd())
                        .tools(server.getTools())
                        .timeout(server.getTimeout())
                        .build();
            }
            case HTTP, SSE -> {
                if (server.getCommand() != null || server.getArgs() != null || !server.getEnv().isEmpty()
                        || server.getCwd() != null) {
                    throw new IllegalArgumentException(prefix + ".command, .args, .env and .cwd apply to a local "
                            + "server, not to an " + type.name().toLowerCase(Locale.ROOT) + " one");
                }
                String url = required(server.getUrl(), prefix + ".url", "for an http or sse server");
                McpServerConfig.Remote.Builder remote = type == McpServer.Type.HTTP ? McpServerConfig.http(url)
                        : McpServerConfig.sse(url);
                yield remote.headers(server.getHeaders().isEmpty() ? null : server.getHeaders())
                        .tools(server.getTools())
                        .timeout(server.getTimeout())
                        .build();
            }
        };
    }

    private static @Nullable List<CustomAgentConfig> customAgents(@Nullable List<CustomAgent> agents, String prefix) {
        if (agents == null) {
            return null;
        }
        List<CustomAgentConfig> configs = new ArrayList<>();
        for (int i = 0; i < agents.size(); i++) {
            CustomAgent agent = agents.get(i);
            String agentPrefix = prefix + "[" + i + "]";
            configs.add(CustomAgentConfig.builder(required(agent.getName(), agentPrefix + ".name", ""),
                            required(agent.getPrompt(), agentPrefix + ".prompt", ""))
                    .displayName(agent.getDisplayName())
                    .description(agent.getDescription())
                    .tools(agent.getTools())
                    .infer(agent.getInfer())
                    .model(agent.getModel())
                    .build());
        }
        return configs;
    }

    private static @Nullable InfiniteSessionConfig infiniteSessions(Session.InfiniteSessions properties) {
        if (properties.getEnabled() == null && properties.getBackgroundCompactionThreshold() == null
                && properties.getBufferExhaustionThreshold() == null) {
            return null;
        }
        return new InfiniteSessionConfig(properties.getEnabled(), properties.getBackgroundCompactionThreshold(),
                properties.getBufferExhaustionThreshold());
    }

    private static <T> T required(@Nullable T value, String property, String condition) {
        if (value == null) {
            throw new IllegalArgumentException(property + " is required" + (condition.isEmpty() ? "" : " " + condition));
        }
        return value;
    }
}
