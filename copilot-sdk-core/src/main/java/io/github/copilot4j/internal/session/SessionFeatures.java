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
        return List.copyOf(features);
    }
}
