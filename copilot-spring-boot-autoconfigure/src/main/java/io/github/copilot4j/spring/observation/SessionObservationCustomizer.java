package io.github.copilot4j.spring.observation;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.hook.SessionHooks;
import io.github.copilot4j.spring.hook.HookHandlers;
import io.github.copilot4j.spring.session.SessionConfigCustomizer;
import io.github.copilot4j.spring.session.SessionConfigs;
import io.github.copilot4j.spring.session.SessionIdentity;
import io.github.copilot4j.spring.tool.ToolDefinitions;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.ToolHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;

/**
 * Observes every session: its turns (from its events), and the calls of its tools and hooks (by wrapping their
 * handlers). Ordered last among the customizers, so it wraps the tools and hooks every other customizer added.
 * Prompts, responses, tool arguments and results are recorded only when {@code includeContent} is true.
 */
public final class SessionObservationCustomizer implements SessionConfigCustomizer, Ordered {

    private final ObservationRegistry registry;
    private final @Nullable TurnObservationConvention turnConvention;
    private final @Nullable ToolCallObservationConvention toolCallConvention;
    private final @Nullable HookObservationConvention hookConvention;
    private final boolean includeContent;

    /**
     * A customizer that reports to {@code registry}.
     *
     * @param registry where observations go
     * @param turnConvention replaces {@link DefaultTurnObservationConvention}; may be null
     * @param toolCallConvention replaces {@link DefaultToolCallObservationConvention}; may be null
     * @param hookConvention replaces {@link DefaultHookObservationConvention}; may be null
     * @param includeContent whether prompts, responses, tool arguments and results are recorded
     */
    public SessionObservationCustomizer(ObservationRegistry registry,
            @Nullable TurnObservationConvention turnConvention,
            @Nullable ToolCallObservationConvention toolCallConvention,
            @Nullable HookObservationConvention hookConvention, boolean includeContent) {
        this.registry = registry;
        this.turnConvention = turnConvention;
        this.toolCallConvention = toolCallConvention;
        this.hookConvention = hookConvention;
        this.includeContent = includeContent;
    }

    @Override
    public SessionConfig customize(String profile, SessionConfig config) {
        TurnObserver turns = new TurnObserver(registry, turnConvention, SessionIdentity.of(config),
                GenAiProvider.nameOf(config), config.model(), includeContent);
        SessionConfig.Builder builder = SessionConfigs.withListener(config, turns).toBuilder();
        List<ToolDefinition> tools = config.tools();
        if (tools != null) {
            builder.tools(tools.stream().map(tool -> observed(tool, turns)).toList());
        }
        SessionHooks hooks = config.hooks();
        if (hooks != null && hooks.hasAny()) {
            builder.hooks(HookHandlers.map(hooks,
                    (type, handler) -> new ObservedHookHandler(type, handler, registry, hookConvention, turns)));
        }
        return builder.build();
    }

    private ToolDefinition observed(ToolDefinition tool, TurnObserver turns) {
        ToolHandler handler = tool.handler();
        if (handler == null) {
            return tool;
        }
        return ToolDefinitions.withHandler(tool,
                new ObservedToolHandler(handler, registry, toolCallConvention, turns, includeContent));
    }

    /** Last, so that the tools and hooks of every other customizer are observed. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
