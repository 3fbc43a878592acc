package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A BYOK model served by a {@link NamedProviderConfig}; it is selectable as {@code <provider>/<id>}. Experimental in
 * the CLI.
 *
 * @param id the model id, unique within its provider
 * @param provider the name of the serving {@link NamedProviderConfig}
 * @param wireModel the model name sent to the provider, or null for {@code id}
 * @param modelId the well-known model the CLI configures itself for, or null for {@code id}
 * @param name the display name, or null for {@code <provider>/<id>}
 * @param maxPromptTokens the prompt token limit, or null
 * @param maxContextWindowTokens the context window size, or null
 * @param maxOutputTokens the output token limit, or null
 * @param capabilities capability overrides, or null
 */
public record ProviderModelConfig(
        String id,
        String provider,
        @Nullable String wireModel,
        @Nullable String modelId,
        @Nullable String name,
        @Nullable Integer maxPromptTokens,
        @Nullable Integer maxContextWindowTokens,
        @Nullable Integer maxOutputTokens,
        @Nullable ModelCapabilitiesOverride capabilities) {

    public ProviderModelConfig {
        Checks.nonBlank(id, "ProviderModelConfig.id");
        Checks.nonBlank(provider, "ProviderModelConfig.provider");
        Checks.nonBlankOrNull(wireModel, "ProviderModelConfig.wireModel");
        Checks.nonBlankOrNull(modelId, "ProviderModelConfig.modelId");
        Checks.nonBlankOrNull(name, "ProviderModelConfig.name");
        Checks.positiveOrNull(maxPromptTokens, "ProviderModelConfig.maxPromptTokens");
        Checks.positiveOrNull(maxContextWindowTokens, "ProviderModelConfig.maxContextWindowTokens");
        Checks.positiveOrNull(maxOutputTokens, "ProviderModelConfig.maxOutputTokens");
    }

    /** Starts a model {@code id} served by the named provider. */
    public static Builder builder(String id, String provider) {
        return new Builder(id, provider);
    }

    /** Builds a {@link ProviderModelConfig}; optional setters accept null to unset the value. */
    public static final class Builder {

        private final String id;
        private final String provider;
        private @Nullable String wireModel;
        private @Nullable String modelId;
        private @Nullable String name;
        private @Nullable Integer maxPromptTokens;
        private @Nullable Integer maxContextWindowTokens;
        private @Nullable Integer maxOutputTokens;
        private @Nullable ModelCapabilitiesOverride capabilities;

        private Builder(String id, String provider) {
            this.id = id;
            this.provider = provider;
        }

        /** Sets the model name sent to the provider. */
        public Builder wireModel(@Nullable String wireModel) {
            this.wireModel = wireModel;
            return this;
        }

        /** Sets the well-known model id. */
        public Builder modelId(@Nullable String modelId) {
            this.modelId = modelId;
            return this;
        }

        /** Sets the display name. */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /** Sets the prompt token limit. */
        public Builder maxPromptTokens(@Nullable Integer maxPromptTokens) {
            this.maxPromptTokens = maxPromptTokens;
            return this;
        }

        /** Sets the context window size. */
        public Builder maxContextWindowTokens(@Nullable Integer maxContextWindowTokens) {
            this.maxContextWindowTokens = maxContextWindowTokens;
            return this;
        }

        /** Sets the output token limit. */
        public Builder maxOutputTokens(@Nullable Integer maxOutputTokens) {
            this.maxOutputTokens = maxOutputTokens;
            return this;
        }

        /** Sets capability overrides. */
        public Builder capabilities(@Nullable ModelCapabilitiesOverride capabilities) {
            this.capabilities = capabilities;
            return this;
        }

        /** Validates and builds the model. */
        public ProviderModelConfig build() {
            return new ProviderModelConfig(id, provider, wireModel, modelId, name, maxPromptTokens,
                    maxContextWindowTokens, maxOutputTokens, capabilities);
        }
    }
}
