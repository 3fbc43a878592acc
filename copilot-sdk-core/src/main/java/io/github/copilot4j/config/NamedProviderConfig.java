package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A named BYOK provider connection that models of {@link ProviderModelConfig} refer to. Unlike the session's single
 * {@code provider}, named providers add to GitHub Copilot's models instead of replacing them. Experimental in the CLI.
 *
 * @param name the name models refer to; must not contain {@code /}
 * @param connection the endpoint and credentials; its model settings ({@code transport}, {@code modelId},
 *     {@code wireModel}, token limits) must be unset, they belong to {@link ProviderModelConfig}
 */
public record NamedProviderConfig(String name, ProviderConfig connection) {

    public NamedProviderConfig {
        Checks.nonBlank(name, "NamedProviderConfig.name");
        if (name.contains("/")) {
            throw new IllegalArgumentException("NamedProviderConfig.name must not contain '/'");
        }
        Checks.required(connection, "NamedProviderConfig.connection");
        rejectModelSetting(connection.transport(), "transport");
        rejectModelSetting(connection.modelId(), "modelId");
        rejectModelSetting(connection.wireModel(), "wireModel");
        rejectModelSetting(connection.maxPromptTokens(), "maxPromptTokens");
        rejectModelSetting(connection.maxOutputTokens(), "maxOutputTokens");
    }

    /** A named provider. */
    public static NamedProviderConfig of(String name, ProviderConfig connection) {
        return new NamedProviderConfig(name, connection);
    }

    private static void rejectModelSetting(@Nullable Object value, String field) {
        if (value != null) {
            throw new IllegalArgumentException(
                    "NamedProviderConfig.connection." + field + " is not supported for named providers");
        }
    }
}
