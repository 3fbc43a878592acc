package io.github.copilot4j.spring.session;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.ResumeSessionConfig;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.hook.SessionHooks;
import io.github.copilot4j.input.UserInputHandler;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.spring.hook.CopilotHookRegistry;
import io.github.copilot4j.spring.tool.CopilotToolRegistry;
import io.github.copilot4j.tool.ToolDefinition;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Opens {@link CopilotSession}s configured from the application's properties and beans. A session's configuration
 * is built in this order, each step overriding the previous one:
 * <ol>
 * <li>the profile's settings: the {@code copilot.session.*} defaults, overridden by {@code copilot.sessions.<name>.*};</li>
 * <li>the application's tools from the {@link CopilotToolRegistry}: all of them, or those the profile's
 * {@code tools} property selects by name or tag;</li>
 * <li>the hooks of the {@link CopilotHookRegistry};</li>
 * <li>the {@link PermissionHandler} and {@link UserInputHandler} beans;</li>
 * <li>the caller's changes, when a {@code Consumer<SessionConfig.Builder>} is given;</li>
 * <li>the {@link SessionConfigCustomizer} beans, in order, which therefore see everything above.</li>
 * </ol>
 * Beans are looked up on every call, so the factory can be used as soon as it exists.
 */
public class CopilotSessionFactory {

    /** The name of the profile made of the {@code copilot.session.*} defaults. */
    public static final String DEFAULT_PROFILE = "default";

    private final CopilotClient client;
    private final Map<String, SessionProfile> profiles;
    private final ObjectProvider<CopilotToolRegistry> toolRegistry;
    private final ObjectProvider<CopilotHookRegistry> hookRegistry;
    private final ObjectProvider<PermissionHandler> permissionHandler;
    private final ObjectProvider<UserInputHandler> userInputHandler;
    private final ObjectProvider<SessionConfigCustomizer> customizers;

    /**
     * A factory.
     *
     * @param client the client that opens the sessions
     * @param profiles the profiles, one of them named {@value #DEFAULT_PROFILE}
     * @param toolRegistry the application's tools, if any
     * @param hookRegistry the application's hooks, if any
     * @param permissionHandler the handler of permission requests, if any
     * @param userInputHandler the handler of the agent's questions, if any
     * @param customizers the customizers applied last
     * @throws IllegalArgumentException when two profiles have the same name or the default profile is missing
     */
    public CopilotSessionFactory(CopilotClient client, Collection<SessionProfile> profiles,
            ObjectProvider<CopilotToolRegistry> toolRegistry, ObjectProvider<CopilotHookRegistry> hookRegistry,
            ObjectProvider<PermissionHandler> permissionHandler, ObjectProvider<UserInputHandler> userInputHandler,
            ObjectProvider<SessionConfigCustomizer> customizers) {
        this.client = client;
        Map<String, SessionProfile> byName = new LinkedHashMap<>();
        for (SessionProfile profile : profiles) {
            if (byName.putIfAbsent(profile.name(), profile) != null) {
                throw new IllegalArgumentException("Two session profiles are named '" + profile.name() + "'");
            }
        }
        if (!byName.containsKey(DEFAULT_PROFILE)) {
            throw new IllegalArgumentException("The session profiles must include '" + DEFAULT_PROFILE + "'");
        }
        this.profiles = Collections.unmodifiableMap(byName);
        this.toolRegistry = toolRegistry;
        this.hookRegistry = hookRegistry;
        this.permissionHandler = permissionHandler;
        this.userInputHandler = userInputHandler;
        this.customizers = customizers;
    }

    /** Creates a session with the default profile. */
    public CopilotSession create() {
        return create(DEFAULT_PROFILE);
    }

    /**
     * Creates a session with the named profile.
     *
     * @throws IllegalArgumentException when there is no such profile
     */
    public CopilotSession create(String profile) {
        return client.createSession(sessionConfig(profile, builder -> {
        }));
    }

    /** Creates a session with the default profile and the caller's changes. */
    public CopilotSession create(Consumer<SessionConfig.Builder> customizer) {
        return create(DEFAULT_PROFILE, customizer);
    }

    /**
     * Creates a session with the named profile and the caller's changes.
     *
     * @throws IllegalArgumentException when there is no such profile
     */
    public CopilotSession create(String profile, Consumer<SessionConfig.Builder> customizer) {
        return client.createSession(sessionConfig(profile, customizer));
    }

    /** Resumes a stored session with the default profile's configuration. */
    public CopilotSession resume(String sessionId) {
        return resume(DEFAULT_PROFILE, sessionId);
    }

    /**
     * Resumes a stored session with the named profile's configuration. The {@link SessionConfigCustomizer}s see the
     * session's id in the configuration they customize.
     *
     * @param profile the profile name
     * @param sessionId the id of the stored session
     * @throws IllegalArgumentException when there is no such profile
     */
    public CopilotSession resume(String profile, String sessionId) {
        // The customizers see the id, so that per-session listeners know their session; the resume call takes it
        // separately and refuses it in the configuration.
        SessionConfig config = sessionConfig(profile, builder -> builder.sessionId(sessionId));
        return client.resumeSession(sessionId, ResumeSessionConfig.of(config.toBuilder().sessionId(null).build()));
    }

    /**
     * The configuration {@link #create(String)} would use now.
     *
     * @throws IllegalArgumentException when there is no such profile
     */
    public SessionConfig sessionConfig(String profile) {
        return sessionConfig(profile, builder -> {
        });
    }

    /**
     * The configuration {@link #create(String, Consumer)} would use now.
     *
     * @throws IllegalArgumentException when there is no such profile
     */
    public SessionConfig sessionConfig(String profile, Consumer<SessionConfig.Builder> customizer) {
        SessionProfile settings = profile(profile);
        SessionConfig.Builder builder = settings.config().toBuilder();
        List<ToolDefinition> tools = tools(settings);
        if (!tools.isEmpty()) {
            builder.tools(tools);
        }
        CopilotHookRegistry hooks = hookRegistry.getIfUnique();
        if (hooks != null) {
            SessionHooks sessionHooks = hooks.hooks();
            if (sessionHooks.hasAny()) {
                builder.hooks(sessionHooks);
            }
        }
        PermissionHandler permissions = permissionHandler.getIfUnique();
        if (permissions != null) {
            builder.onPermissionRequest(permissions);
        }
        UserInputHandler userInput = userInputHandler.getIfUnique();
        if (userInput != null) {
            builder.onUserInputRequest(userInput);
        }
        customizer.accept(builder);
        SessionConfig config = builder.build();
        for (SessionConfigCustomizer sessionCustomizer : customizers.orderedStream().toList()) {
            SessionConfig customized = sessionCustomizer.customize(profile, config);
            if (customized == null) {
                throw new IllegalStateException(sessionCustomizer.getClass().getName()
                        + " returned no session configuration");
            }
            config = customized;
        }
        return config;
    }

    private List<ToolDefinition> tools(SessionProfile profile) {
        CopilotToolRegistry registry = toolRegistry.getIfUnique();
        if (registry == null) {
            if (!profile.tools().isEmpty()) {
                throw new IllegalStateException("Session profile '" + profile.name() + "' selects the tools "
                        + profile.tools() + ", but the application has no CopilotToolRegistry "
                        + "(is copilot.tools.scan false?)");
            }
            return List.of();
        }
        return profile.tools().isEmpty() ? registry.tools() : registry.select(profile.tools());
    }

    /**
     * The time limit of a turn in sessions of the named profile ({@code send-timeout}).
     *
     * @throws IllegalArgumentException when there is no such profile
     */
    public Duration sendTimeout(String profile) {
        return profile(profile).sendTimeout();
    }

    /** The names of the profiles, {@value #DEFAULT_PROFILE} included. */
    public Set<String> profiles() {
        return profiles.keySet();
    }

    /**
     * The named profile.
     *
     * @throws IllegalArgumentException when there is no such profile
     */
    public SessionProfile profile(String name) {
        SessionProfile profile = profiles.get(name);
        if (profile == null) {
            throw new IllegalArgumentException("No session profile named '" + name + "'; the profiles are "
                    + profiles.keySet().stream().sorted().toList() + " (define more under copilot.sessions.<name>)");
        }
        return profile;
    }
}
