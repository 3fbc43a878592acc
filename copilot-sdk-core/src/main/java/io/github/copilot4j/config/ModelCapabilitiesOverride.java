package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Overrides of capabilities the CLI resolved for a model; unset values keep the CLI's. On the wire the values are
 * grouped as {@code {supports:{vision, reasoningEffort}, limits:{..., vision:{...}}}}.
 *
 * @param supportsVision whether the model accepts images
 * @param supportsReasoningEffort whether the model accepts a reasoning effort
 * @param maxPromptTokens the prompt token limit
 * @param maxOutputTokens the output token limit
 * @param maxContextWindowTokens the context window size
 * @param visionSupportedMediaTypes the accepted image media types
 * @param visionMaxPromptImages the most images per prompt
 * @param visionMaxPromptImageSize the largest image in bytes
 */
public record ModelCapabilitiesOverride(
        @Nullable Boolean supportsVision,
        @Nullable Boolean supportsReasoningEffort,
        @Nullable Integer maxPromptTokens,
        @Nullable Integer maxOutputTokens,
        @Nullable Integer maxContextWindowTokens,
        @Nullable List<String> visionSupportedMediaTypes,
        @Nullable Integer visionMaxPromptImages,
        @Nullable Long visionMaxPromptImageSize) {

    public ModelCapabilitiesOverride {
        Checks.positiveOrNull(maxPromptTokens, "ModelCapabilitiesOverride.maxPromptTokens");
        Checks.positiveOrNull(maxOutputTokens, "ModelCapabilitiesOverride.maxOutputTokens");
        Checks.positiveOrNull(maxContextWindowTokens, "ModelCapabilitiesOverride.maxContextWindowTokens");
        visionSupportedMediaTypes = Checks.stringsOrNull(visionSupportedMediaTypes,
                "ModelCapabilitiesOverride.visionSupportedMediaTypes");
        Checks.nonNegativeOrNull(visionMaxPromptImages, "ModelCapabilitiesOverride.visionMaxPromptImages");
        Checks.positiveOrNull(visionMaxPromptImageSize, "ModelCapabilitiesOverride.visionMaxPromptImageSize");
    }

    /** Starts an override that changes nothing. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ModelCapabilitiesOverride}; every setter accepts null to unset the value. */
    public static final class Builder {

        private @Nullable Boolean supportsVision;
        private @Nullable Boolean supportsReasoningEffort;
        private @Nullable Integer maxPromptTokens;
        private @Nullable Integer maxOutputTokens;
        private @Nullable Integer maxContextWindowTokens;
        private @Nullable List<String> visionSupportedMediaTypes;
        private @Nullable Integer visionMaxPromptImages;
        private @Nullable Long visionMaxPromptImageSize;

        private Builder() {
        }

        /** Sets whether the model accepts images. */
        public Builder supportsVision(@Nullable Boolean supportsVision) {
            this.supportsVision = supportsVision;
            return this;
        }

        /** Sets whether the model accepts a reasoning effort. */
        public Builder supportsReasoningEffort(@Nullable Boolean supportsReasoningEffort) {
            this.supportsReasoningEffort = supportsReasoningEffort;
            return this;
        }

        /** Sets the prompt token limit. */
        public Builder maxPromptTokens(@Nullable Integer maxPromptTokens) {
            this.maxPromptTokens = maxPromptTokens;
            return this;
        }

        /** Sets the output token limit. */
        public Builder maxOutputTokens(@Nullable Integer maxOutputTokens) {
            this.maxOutputTokens = maxOutputTokens;
            return this;
        }

        /** Sets the context window size. */
        public Builder maxContextWindowTokens(@Nullable Integer maxContextWindowTokens) {
            this.maxContextWindowTokens = maxContextWindowTokens;
            return this;
        }

        /** Sets the accepted image media types. */
        public Builder visionSupportedMediaTypes(@Nullable List<String> visionSupportedMediaTypes) {
            this.visionSupportedMediaTypes = visionSupportedMediaTypes;
            return this;
        }

        /** Sets the most images per prompt. */
        public Builder visionMaxPromptImages(@Nullable Integer visionMaxPromptImages) {
            this.visionMaxPromptImages = visionMaxPromptImages;
            return this;
        }

        /** Sets the largest image in bytes. */
        public Builder visionMaxPromptImageSize(@Nullable Long visionMaxPromptImageSize) {
            this.visionMaxPromptImageSize = visionMaxPromptImageSize;
            return this;
        }

        /** Validates and builds the override. */
        public ModelCapabilitiesOverride build() {
            return new ModelCapabilitiesOverride(supportsVision, supportsReasoningEffort, maxPromptTokens,
                    maxOutputTokens, maxContextWindowTokens, visionSupportedMediaTypes, visionMaxPromptImages,
                    visionMaxPromptImageSize);
        }
    }
}
