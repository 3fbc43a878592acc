package io.github.copilot4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderModelConfigTests {

    @Test
    void idAndProviderAreRequired() {
        assertThatThrownBy(() -> ProviderModelConfig.builder("", "p").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ProviderModelConfig.id must not be blank");
        assertThatThrownBy(() -> ProviderModelConfig.builder("m", " ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ProviderModelConfig.provider must not be blank");
    }

    @Test
    void tokenLimitsMustBePositive() {
        assertThatThrownBy(() -> ProviderModelConfig.builder("m", "p").maxContextWindowTokens(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ProviderModelConfig.maxContextWindowTokens must be greater than 0");
    }

    @Test
    void capabilityOverridesAreValidated() {
        assertThatThrownBy(() -> ModelCapabilitiesOverride.builder().maxPromptTokens(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ModelCapabilitiesOverride.maxPromptTokens must be greater than 0");
        assertThatThrownBy(() -> ModelCapabilitiesOverride.builder().visionMaxPromptImages(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ModelCapabilitiesOverride.visionMaxPromptImages must be 0 or greater");
        assertThatThrownBy(() -> ModelCapabilitiesOverride.builder().visionSupportedMediaTypes(List.of("")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ModelCapabilitiesOverride.visionSupportedMediaTypes entry must not be blank");
    }

    @Test
    void builderSetsEveryValue() {
        ModelCapabilitiesOverride caps = ModelCapabilitiesOverride.builder().supportsVision(true).build();
        ProviderModelConfig model = ProviderModelConfig.builder("m", "p").wireModel("w").modelId("base")
                .name("Shown").maxPromptTokens(1).maxContextWindowTokens(2).maxOutputTokens(3).capabilities(caps)
                .build();

        assertThat(model).isEqualTo(new ProviderModelConfig("m", "p", "w", "base", "Shown", 1, 2, 3, caps));
    }
}
