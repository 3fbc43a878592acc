package io.github.copilot4j.spring.autoconfigure;

import io.github.copilot4j.LogLevel;
import io.github.copilot4j.config.ProviderType;
import io.github.copilot4j.config.ReasoningEffort;
import io.github.copilot4j.config.WireApi;
import io.github.copilot4j.spring.client.StartupMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of copilot4j: the CLI, its authentication, session defaults and named session profiles,
 * the permission policy, and the switches of the event, observation and tool integrations.
 *
 * <p>Session settings left unset are not sent, so the CLI's defaults apply. A profile under
 * {@code copilot.sessions.<name>} overrides the {@code copilot.session} defaults value by value; lists replace the
 * default list, maps (MCP servers, provider headers, system message sections) are merged by key.
 */
@ConfigurationProperties(CopilotProperties.CONFIG_PREFIX)
public class CopilotProperties {

    /** The prefix of every copilot4j property. */
    public static final String CONFIG_PREFIX = "copilot";

    /** Whether to enable the Copilot client and session factory. */
    private boolean enabled = true;

    private final Cli cli = new Cli();

    private final Auth auth = new Auth();

    private final Session session = new Session();

    /** Named session profiles, each overriding the session defaults. */
    private final Map<String, Session> sessions = new LinkedHashMap<>();

    private final Permissions permissions = new Permissions();

    private final Events events = new Events();

    private final Observations observations = new Observations();

    private final Tools tools = new Tools();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Cli getCli() {
        return cli;
    }

    public Auth getAuth() {
        return auth;
    }

    public Session getSession() {
        return session;
    }

    public Map<String, Session> getSessions() {
        return sessions;
    }

    public Permissions getPermissions() {
        return permissions;
    }

    public Events getEvents() {
        return events;
    }

    public Observations getObservations() {
        return observations;
    }

    public Tools getTools() {
        return tools;
    }

    /** How the Copilot CLI is found, started or connected to. */
    public static class Cli {

        /**
         * Path of the Copilot CLI executable. When not set, the CLI is looked up in the COPILOT_CLI_PATH environment
         * variable, in node_modules of the working directory and its parents, in the installer's cache and on the
         * PATH.
         */
        private @Nullable Path path;

        /**
         * Address of a running CLI server to connect to instead of starting a CLI: 'port', 'host:port' or
         * 'http://host:port'.
         */
        private @Nullable String url;

        /** Whether to talk to the started CLI over its standard input and output instead of TCP. */
        private boolean useStdio = true;

        /** TCP port of the started CLI when not using stdio. 0 lets the CLI choose a free port. */
        private int port;

        /** Log level of the CLI, whose logs are written below its home directory. */
        private @Nullable LogLevel logLevel;

        /** Data directory of the CLI (COPILOT_HOME). When not set, the CLI uses ~/.copilot. */
        private @Nullable Path home;

        /** Working directory of the started CLI. When not set, the application's working directory. */
        private @Nullable Path workingDirectory;

        /** Environment variables of the started CLI, set in addition to or instead of inherited ones. */
        private Map<String, String> env = new LinkedHashMap<>();

        /** Whether the started CLI inherits the application's environment variables. */
        private boolean inheritEnvironment = true;

        /** Additional command-line arguments of the started CLI. */
        private List<String> args = new ArrayList<>();

        /**
         * Whether to install the CLI version copilot4j is tested with, using npm, when no CLI is found and neither a
         * path nor a URL is set.
         */
        private boolean install;

        /**
         * When to start the CLI: 'lazy' starts it in the background without delaying the application's start-up,
         * 'eager' starts it during start-up and fails the start-up if it cannot be started.
         */
        private StartupMode startup = StartupMode.LAZY;

        /** Time limit of a single request to the CLI. */
        private Duration requestTimeout = Duration.ofSeconds(60);

        /** Time limit for starting the CLI and completing the handshake with it. */
        private Duration startTimeout = Duration.ofSeconds(30);

        private final Restart restart = new Restart();

        public @Nullable Path getPath() {
            return path;
        }

        public void setPath(@Nullable Path path) {
            this.path = path;
        }

        public @Nullable String getUrl() {
            return url;
        }

        public void setUrl(@Nullable String url) {
            this.url = url;
        }

        public boolean isUseStdio() {
            return useStdio;
        }

        public void setUseStdio(boolean useStdio) {
            this.useStdio = useStdio;
        }

        public int getPort() {
            return port;
        }

        public void setPort(int port) {
            this.port = port;
        }

        public @Nullable LogLevel getLogLevel() {
            return logLevel;
        }

        public void setLogLevel(@Nullable LogLevel logLevel) {
            this.logLevel = logLevel;
        }

        public @Nullable Path getHome() {
            return home;
        }

        public void setHome(@Nullable Path home) {
            this.home = home;
        }

        public @Nullable Path getWorkingDirectory() {
            return workingDirectory;
        }

        public void setWorkingDirectory(@Nullable Path workingDirectory) {
            this.workingDirectory = workingDirectory;
        }

        public Map<String, String> getEnv() {
            return env;
        }

        public void setEnv(Map<String, String> env) {
            this.env = env;
        }

        public boolean isInheritEnvironment() {
            return inheritEnvironment;
        }

        public void setInheritEnvironment(boolean inheritEnvironment) {
            this.inheritEnvironment = inheritEnvironment;
        }

        public List<String> getArgs() {
            return args;
        }

        public void setArgs(List<String> args) {
            this.args = args;
        }

        public boolean isInstall() {
            return install;
        }

        public void setInstall(boolean install) {
            this.install = install;
        }

        public StartupMode getStartup() {
            return startup;
        }

        public void setStartup(StartupMode startup) {
            this.startup = startup;
        }

        public Duration getRequestTimeout() {
            return requestTimeout;
        }

        public void setRequestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
        }

        public Duration getStartTimeout() {
            return startTimeout;
        }

        public void setStartTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
        }

        public Restart getRestart() {
            return restart;
        }

        /** Restarting a CLI that stopped unexpectedly, and resuming its sessions. */
        public static class Restart {

            /**
             * Whether to start the CLI again when it stops unexpectedly and resume the open sessions on it. When
             * disabled, calls fail until the next operation starts a new CLI.
             */
            private boolean enabled;

            /** Maximum number of attempts to start the CLI again before giving up. */
            private int maxAttempts = 5;

            /** Time to wait before the first attempt; the wait doubles with every further attempt. */
            private Duration initialBackoff = Duration.ofMillis(500);

            /** Longest time to wait between two attempts. */
            private Duration maxBackoff = Duration.ofSeconds(30);

            public boolean isEnabled() {
                return enabled;
            }

            public void setEnabled(boolean enabled) {
                this.enabled = enabled;
            }

            public int getMaxAttempts() {
                return maxAttempts;
            }

            public void setMaxAttempts(int maxAttempts) {
                this.maxAttempts = maxAttempts;
            }

            public Duration getInitialBackoff() {
                return initialBackoff;
            }

            public void setInitialBackoff(Duration initialBackoff) {
                this.initialBackoff = initialBackoff;
            }

            public Duration getMaxBackoff() {
                return maxBackoff;
            }

            public void setMaxBackoff(Duration maxBackoff) {
                this.maxBackoff = maxBackoff;
            }
        }
    }

    /** How the started CLI authenticates with GitHub. */
    public static class Auth {

        /** GitHub token with Copilot access that the started CLI authenticates with. */
        private @Nullable String githubToken;

        /**
         * Whether the started CLI may use the stored login of the machine's user. When not set, it may unless a
         * GitHub token is set.
         */
        private @Nullable Boolean useLoggedInUser;

        public @Nullable String getGithubToken() {
            return githubToken;
        }

        public void setGithubToken(@Nullable String githubToken) {
            this.githubToken = githubToken;
        }

        public @Nullable Boolean getUseLoggedInUser() {
            return useLoggedInUser;
        }

        public void setUseLoggedInUser(@Nullable Boolean useLoggedInUser) {
            this.useLoggedInUser = useLoggedInUser;
        }
    }

    /** Settings of a session; unset values fall back to the defaults, then to the CLI's own defaults. */
    public static class Session {

        /** Model of the session, such as 'gpt-5' or 'claude-sonnet-4.5'. */
        private @Nullable String model;

        /** Reasoning effort of the model, for models that support it. */
        private @Nullable ReasoningEffort reasoningEffort;

        /** Whether to emit message and reasoning delta events while the model responds. */
        private @Nullable Boolean streaming;

        /** Application name included in the User-Agent of model requests. */
        private @Nullable String clientName;

        /** Working directory of the session's tools. When not set, the CLI's working directory. */
        private @Nullable String workingDirectory;

        private final SystemMessage systemMessage = new SystemMessage();

        /**
         * Comma-separated list of patterns of the only tools the model may use: tool names, 'builtin:*',
         * 'custom:*', or 'mcp:' followed by an MCP server name. Excluded tools win over this list.
         */
        private @Nullable List<String> availableTools;

        /** Comma-separated list of patterns of tools the model must not use. */
        private @Nullable List<String> excludedTools;

        private final Provider provider = new Provider();

        /** MCP servers of the session, by name. */
        private Map<String, McpServer> mcpServers = new LinkedHashMap<>();

        /** Custom agents the session can delegate to or activate. */
        private @Nullable List<CustomAgent> customAgents;

        /** Name of the custom agent active from the start. */
        private @Nullable String agent;

        /** Comma-separated list of directories searched for skills. */
        private @Nullable List<String> skillDirectories;

        /** Comma-separated list of skills disabled in the session. */
        private @Nullable List<String> disabledSkills;

        private final InfiniteSessions infiniteSessions = new InfiniteSessions();

        /**
         * Time limit of a turn, from sending the prompt until the session is idle, offered to callers by the
         * session factory.
         */
        private @Nullable Duration sendTimeout;

        /**
         * Time limit of a call of one of the application's tools; a call still running then is answered with a
         * timeout and cancelled. When not set, tool calls have no time limit.
         */
        private @Nullable Duration toolTimeout;

        /**
         * Time limit of the permission, user input and other handlers and of hooks; one still running then counts
         * as failed, so a permission is denied and a hook changes nothing. When not set, handlers have no time limit.
         */
        private @Nullable Duration handlerTimeout;

        /**
         * Comma-separated list of names or tags of the application's tools the session gets. When empty, it gets
         * every tool of the application.
         */
        private @Nullable List<String> tools;

        public @Nullable String getModel() {
            return model;
        }

        public void setModel(@Nullable String model) {
            this.model = model;
        }

        public @Nullable ReasoningEffort getReasoningEffort() {
            return reasoningEffort;
        }

        public void setReasoningEffort(@Nullable ReasoningEffort reasoningEffort) {
            this.reasoningEffort = reasoningEffort;
        }

        public @Nullable Boolean getStreaming() {
            return streaming;
        }

        public void setStreaming(@Nullable Boolean streaming) {
            this.streaming = streaming;
        }

        public @Nullable String getClientName() {
            return clientName;
        }

        public void setClientName(@Nullable String clientName) {
            this.clientName = clientName;
        }

        public @Nullable String getWorkingDirectory() {
            return workingDirectory;
        }

        public void setWorkingDirectory(@Nullable String workingDirectory) {
            this.workingDirectory = workingDirectory;
        }

        public SystemMessage getSystemMessage() {
            return systemMessage;
        }

        public @Nullable List<String> getAvailableTools() {
            return availableTools;
        }

        public void setAvailableTools(@Nullable List<String> availableTools) {
            this.availableTools = availableTools;
        }

        public @Nullable List<String> getExcludedTools() {
            return excludedTools;
        }

        public void setExcludedTools(@Nullable List<String> excludedTools) {
            this.excludedTools = excludedTools;
        }

        public Provider getProvider() {
            return provider;
        }

        public Map<String, McpServer> getMcpServers() {
            return mcpServers;
        }

        public void setMcpServers(Map<String, McpServer> mcpServers) {
            this.mcpServers = mcpServers;
        }

        public @Nullable List<CustomAgent> getCustomAgents() {
            return customAgents;
        }

        public void setCustomAgents(@Nullable List<CustomAgent> customAgents) {
            this.customAgents = customAgents;
        }

        public @Nullable String getAgent() {
            return agent;
        }

        public void setAgent(@Nullable String agent) {
            this.agent = agent;
        }

        public @Nullable List<String> getSkillDirectories() {
            return skillDirectories;
        }

        public void setSkillDirectories(@Nullable List<String> skillDirectories) {
            this.skillDirectories = skillDirectories;
        }

        public @Nullable List<String> getDisabledSkills() {
            return disabledSkills;
        }

        public void setDisabledSkills(@Nullable List<String> disabledSkills) {
            this.disabledSkills = disabledSkills;
        }

        public InfiniteSessions getInfiniteSessions() {
            return infiniteSessions;
        }

        public @Nullable Duration getSendTimeout() {
            return sendTimeout;
        }

        public void setSendTimeout(@Nullable Duration sendTimeout) {
            this.sendTimeout = sendTimeout;
        }

        public @Nullable Duration getToolTimeout() {
            return toolTimeout;
        }

        public void setToolTimeout(@Nullable Duration toolTimeout) {
            this.toolTimeout = toolTimeout;
        }

        public @Nullable Duration getHandlerTimeout() {
            return handlerTimeout;
        }

        public void setHandlerTimeout(@Nullable Duration handlerTimeout) {
            this.handlerTimeout = handlerTimeout;
        }

        public @Nullable List<String> getTools() {
            return tools;
        }

        public void setTools(@Nullable List<String> tools) {
            this.tools = tools;
        }

        /** How the session's system prompt is built. */
        public static class SystemMessage {

            /**
             * How to build the system prompt: 'append' adds the content to the CLI's prompt, 'replace' uses the
             * content instead of it, 'customize' changes individual sections. When not set, 'customize' if sections
             * are set, otherwise 'append'.
             */
            private @Nullable Mode mode;

            /**
             * Text added to the CLI's prompt ('append'), the complete prompt ('replace') or additional instructions
             * ('customize').
             */
            private @Nullable String content;

            /** Changes of the CLI prompt's sections, by section id such as 'tone' or 'safety'. */
            private Map<String, Section> sections = new LinkedHashMap<>();

            public @Nullable Mode getMode() {
                return mode;
            }

            public void setMode(@Nullable Mode mode) {
                this.mode = mode;
            }

            public @Nullable String getContent() {
                return content;
            }

            public void setContent(@Nullable String content) {
                this.content = content;
            }

            public Map<String, Section> getSections() {
                return sections;
            }

            public void setSections(Map<String, Section> sections) {
                this.sections = sections;
            }

            /** The ways of building the system prompt. */
            public enum Mode {
                /** The CLI's prompt followed by the content. */
                APPEND,
                /** The content instead of the CLI's prompt. */
                REPLACE,
                /** The CLI's prompt with sections changed. */
                CUSTOMIZE
            }

            /** The change of one section of the system prompt. */
            public static class Section {

                /** What to do with the section. */
                private @Nullable Action action;

                /** Text for the 'replace', 'append' and 'prepend' actions. */
                private @Nullable String content;

                public @Nullable Action getAction() {
                    return action;
                }

                public void setAction(@Nullable Action action) {
                    this.action = action;
                }

                public @Nullable String getContent() {
                    return content;
                }

                public void setContent(@Nullable String content) {
                    this.content = content;
                }

                /** The changes a section can get. */
                public enum Action {
                    /** Replace the section with the content. */
                    REPLACE,
                    /** Remove the section. */
                    REMOVE,
                    /** Add the content after the section. */
                    APPEND,
                    /** Add the content before the section. */
                    PREPEND,
                    /** Keep the section even when its group is removed. */
                    PRESERVE
                }
            }
        }

        /**
         * A model provider with your own key (BYOK). Setting its base URL makes the session use this provider instead
         * of GitHub Copilot's models, without GitHub authentication.
         */
        public static class Provider {

            /** API family of the provider. When not set, 'openai'. */
            private @Nullable ProviderType type;

            /** URL of the provider's API; for Azure, the resource host only. */
            private @Nullable String baseUrl;

            /** API key of the provider. */
            private @Nullable String apiKey;

            /** Static bearer token sent instead of the API key. */
            private @Nullable String bearerToken;

            /** Request format for OpenAI and Azure providers. When not set, 'completions'. */
            private @Nullable WireApi wireApi;

            private final Azure azure = new Azure();

            /** Additional HTTP headers sent with every request to the provider. */
            private Map<String, String> headers = new LinkedHashMap<>();

            public @Nullable ProviderType getType() {
                return type;
            }

            public void setType(@Nullable ProviderType type) {
                this.type = type;
            }

            public @Nullable String getBaseUrl() {
                return baseUrl;
            }

            public void setBaseUrl(@Nullable String baseUrl) {
                this.baseUrl = baseUrl;
            }

            public @Nullable String getApiKey() {
                return apiKey;
            }

            public void setApiKey(@Nullable String apiKey) {
                this.apiKey = apiKey;
            }

            public @Nullable String getBearerToken() {
                return bearerToken;
            }

            public void setBearerToken(@Nullable String bearerToken) {
                this.bearerToken = bearerToken;
            }

            public @Nullable WireApi getWireApi() {
                return wireApi;
            }

            public void setWireApi(@Nullable WireApi wireApi) {
                this.wireApi = wireApi;
            }

            public Azure getAzure() {
                return azure;
            }

            public Map<String, String> getHeaders() {
                return headers;
            }

            public void setHeaders(Map<String, String> headers) {
                this.headers = headers;
            }

            /** Settings that only apply to Azure OpenAI. */
            public static class Azure {

                /**
                 * Azure API version, which selects the versioned deployment route. When not set, the GA v1 route.
                 */
                private @Nullable String apiVersion;

                public @Nullable String getApiVersion() {
                    return apiVersion;
                }

                public void setApiVersion(@Nullable String apiVersion) {
                    this.apiVersion = apiVersion;
                }
            }
        }

        /** An MCP server: a local process or a remote HTTP or SSE endpoint. */
        public static class McpServer {

            /**
             * Kind of server: 'local' (or 'stdio') starts the command, 'http' and 'sse' connect to the URL. When not
             * set, 'local' if a command is set, otherwise 'http'.
             */
            private @Nullable Type type;

            /** Executable of a local server. */
            private @Nullable String command;

            /** Arguments of a local server's command. */
            private @Nullable List<String> args;

            /** Environment variables of a local server. */
            private Map<String, String> env = new LinkedHashMap<>();

            /** Working directory of a local server. */
            private @Nullable String cwd;

            /** URL of a remote server. */
            private @Nullable String url;

            /** HTTP headers sent to a remote server. */
            private Map<String, String> headers = new LinkedHashMap<>();

            /** Comma-separated list of the server's tools to use. When not set, all of them; when empty, none. */
            private @Nullable List<String> tools;

            /** Time limit of a call of one of the server's tools. */
            private @Nullable Duration timeout;

            public @Nullable Type getType() {
                return type;
            }

            public void setType(@Nullable Type type) {
                this.type = type;
            }

            public @Nullable String getCommand() {
                return command;
            }

            public void setCommand(@Nullable String command) {
                this.command = command;
            }

            public @Nullable List<String> getArgs() {
                return args;
            }

            public void setArgs(@Nullable List<String> args) {
                this.args = args;
            }

            public Map<String, String> getEnv() {
                return env;
            }

            public void setEnv(Map<String, String> env) {
                this.env = env;
            }

            public @Nullable String getCwd() {
                return cwd;
            }

            public void setCwd(@Nullable String cwd) {
                this.cwd = cwd;
            }

            public @Nullable String getUrl() {
                return url;
            }

            public void setUrl(@Nullable String url) {
                this.url = url;
            }

            public Map<String, String> getHeaders() {
                return headers;
            }

            public void setHeaders(Map<String, String> headers) {
                this.headers = headers;
            }

            public @Nullable List<String> getTools() {
                return tools;
            }

            public void setTools(@Nullable List<String> tools) {
                this.tools = tools;
            }

            public @Nullable Duration getTimeout() {
                return timeout;
            }

            public void setTimeout(@Nullable Duration timeout) {
                this.timeout = timeout;
            }

            /** The kinds of MCP server. */
            public enum Type {
                /** A process the CLI starts and talks to over stdio. */
                LOCAL,
                /** Same as {@link #LOCAL}. */
                STDIO,
                /** A remote server speaking streamable HTTP. */
                HTTP,
                /** A remote server speaking server-sent events. */
                SSE
            }
        }

        /** A custom agent. */
        public static class CustomAgent {

            /** Unique name of the agent. */
            private @Nullable String name;

            /** Name of the agent shown in user interfaces. */
            private @Nullable String displayName;

            /** What the agent does, which helps the model choose it. */
            private @Nullable String description;

            /** Comma-separated list of the tools the agent may use. When not set, all tools. */
            private @Nullable List<String> tools;

            /** Prompt of the agent. */
            private @Nullable String prompt;

            /** Whether the model may pick the agent by itself. */
            private @Nullable Boolean infer;

            /** Model of the agent. When not set, the session's model. */
            private @Nullable String model;

            public @Nullable String getName() {
                return name;
            }

            public void setName(@Nullable String name) {
                this.name = name;
            }

            public @Nullable String getDisplayName() {
                return displayName;
            }

            public void setDisplayName(@Nullable String displayName) {
                this.displayName = displayName;
            }

            public @Nullable String getDescription() {
                return description;
            }

            public void setDescription(@Nullable String description) {
                this.description = description;
            }

            public @Nullable List<String> getTools() {
                return tools;
            }

            public void setTools(@Nullable List<String> tools) {
                this.tools = tools;
            }

            public @Nullable String getPrompt() {
                return prompt;
            }

            public void setPrompt(@Nullable String prompt) {
                this.prompt = prompt;
            }

            public @Nullable Boolean getInfer() {
                return infer;
            }

            public void setInfer(@Nullable Boolean infer) {
                this.infer = infer;
            }

            public @Nullable String getModel() {
                return model;
            }

            public void setModel(@Nullable String model) {
                this.model = model;
            }
        }

        /** Automatic compaction of the context and persistence of the workspace. */
        public static class InfiniteSessions {

            /** Whether infinite sessions are enabled. When not set, the CLI enables them. */
            private @Nullable Boolean enabled;

            /**
             * Share of the context window (0.0 to 1.0) in use at which compaction starts in the background. When not
             * set, 0.80.
             */
            private @Nullable Double backgroundCompactionThreshold;

            /**
             * Share of the context window (0.0 to 1.0) in use at which the session waits for compaction to finish.
             * When not set, 0.95.
             */
            private @Nullable Double bufferExhaustionThreshold;

            public @Nullable Boolean getEnabled() {
                return enabled;
            }

            public void setEnabled(@Nullable Boolean enabled) {
                this.enabled = enabled;
            }

            public @Nullable Double getBackgroundCompactionThreshold() {
                return backgroundCompactionThreshold;
            }

            public void setBackgroundCompactionThreshold(@Nullable Double backgroundCompactionThreshold) {
                this.backgroundCompactionThreshold = backgroundCompactionThreshold;
            }

            public @Nullable Double getBufferExhaustionThreshold() {
                return bufferExhaustionThreshold;
            }

            public void setBufferExhaustionThreshold(@Nullable Double bufferExhaustionThreshold) {
                this.bufferExhaustionThreshold = bufferExhaustionThreshold;
            }
        }
    }

    /**
     * The declarative permission policy, used unless the application defines its own
     * {@link io.github.copilot4j.permission.PermissionHandler} bean. Calls of the application's own tools are
     * approved unless 'custom-tool' is denied; other kinds of request are approved only when listed in 'approve'.
     */
    public static class Permissions {

        /**
         * Comma-separated list of kinds of permission request to approve, such as 'read', 'mcp', 'shell', 'write',
         * 'url', 'memory' or 'custom-tool'. A kind must not also be denied.
         */
        private List<String> approve = new ArrayList<>();

        /**
         * Comma-separated list of kinds of permission request to deny. Kinds in neither list are denied as well;
         * denying 'custom-tool' also denies calls of the application's own tools.
         */
        private List<String> deny = new ArrayList<>(List.of("shell", "write", "url"));

        public List<String> getApprove() {
            return approve;
        }

        public void setApprove(List<String> approve) {
            this.approve = approve;
        }

        public List<String> getDeny() {
            return deny;
        }

        public void setDeny(List<String> deny) {
            this.deny = deny;
        }
    }

    /** Publishing of session events as Spring application events. */
    public static class Events {

        /** Whether to publish session events as application events. */
        private boolean enabled = true;

        /**
         * Comma-separated list of the session event types to publish, such as 'assistant.message'. When empty, every
         * type is published.
         */
        private List<String> types = new ArrayList<>();

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public List<String> getTypes() {
            return types;
        }

        public void setTypes(List<String> types) {
            this.types = types;
        }
    }

    /** Micrometer observations of sessions and tool calls. */
    public static class Observations {

        /**
         * Whether observations include prompts, responses and tool arguments and results, which can contain
         * sensitive data.
         */
        private boolean includeContent;

        public boolean isIncludeContent() {
            return includeContent;
        }

        public void setIncludeContent(boolean includeContent) {
            this.includeContent = includeContent;
        }
    }

    /** Discovery of the application's tools. */
    public static class Tools {

        /** Whether to discover @CopilotTool methods of the application's beans. */
        private boolean scan = true;

        public boolean isScan() {
            return scan;
        }

        public void setScan(boolean scan) {
            this.scan = scan;
        }
    }
}
