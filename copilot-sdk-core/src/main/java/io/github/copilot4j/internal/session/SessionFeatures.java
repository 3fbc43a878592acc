package io.github.copilot4j.internal.session;

import io.github.copilot4j.SessionConfig;
import java.util.ArrayList;
import java.util.List;

/** The features a session needs for its configuration, in the order they see events. */
public final class SessionFeatures {

    private SessionFeatures() {
    }

    /** One feature per configured concern. */
    public static List<SessionFeature> forConfig(SessionConfig config) {
        List<SessionFeature> features = new ArrayList<>();
        ToolCallDispatcher.forTools(config.tools()).ifPresent(features::add);
        HookInvoker.forConfig(config).ifPresent(features::add);
        SystemMessageTransformer.forConfig(config).ifPresent(features::add);
        PermissionFeature.forConfig(config).ifPresent(features::add);
        DirectRequestFeature.userInput(config).ifPresent(features::add);
        ElicitationFeature.forConfig(config).ifPresent(features::add);
        DirectRequestFeature.exitPlanMode(config).ifPresent(features::add);
        DirectRequestFeature.autoModeSwitch(config).ifPresent(features::add);
        AutoModeSwitchDecliner.forConfig(config).ifPresent(features::add);
        CommandFeature.forConfig(config).ifPresent(features::add);
        McpAuthFeature.forConfig(config).ifPresent(features::add);
        DirectRequestFeature.providerToken(config).ifPresent(features::add);
        return List.copyOf(features);
    }
}
