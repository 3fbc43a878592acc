package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Enterprise managed settings supplied by the host instead of fetched by the CLI. They are not persisted: pass them
 * again on every resume.
 *
 * @param permissions the managed permission policy, or null
 */
public record ManagedSettings(@Nullable Permissions permissions) {

    /**
     * Managed permission rules, in the CLI's rule syntax (for example {@code Shell(git push *)}).
     *
     * @param disableBypassPermissionsMode whether the bypass-permissions mode is turned off for the session
     * @param deny operations always denied, or null
     * @param ask operations that always prompt, or null
     * @param allow operations allowed without prompting, or null
     */
    public record Permissions(
            boolean disableBypassPermissionsMode,
            @Nullable List<String> deny,
            @Nullable List<String> ask,
            @Nullable List<String> allow) {

        public Permissions {
            deny = Checks.stringsOrNull(deny, "ManagedSettings.permissions.deny");
            ask = Checks.stringsOrNull(ask, "ManagedSettings.permissions.ask");
            allow = Checks.stringsOrNull(allow, "ManagedSettings.permissions.allow");
        }
    }
}
