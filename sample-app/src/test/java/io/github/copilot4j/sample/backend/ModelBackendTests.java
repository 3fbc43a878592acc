package io.github.copilot4j.sample.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ModelBackendTests {

    @Test
    void isTheOfflineDemoWhenNothingIsConfigured() {
        assertThat(ModelBackend.select(new MockEnvironment())).isEqualTo(ModelBackend.OFFLINE_DEMO);
        assertThat(ModelBackend.select(new MockEnvironment().withProperty("GH_TOKEN", " ")))
                .isEqualTo(ModelBackend.OFFLINE_DEMO);
    }

    @Test
    void isGitHubCopilotWithATokenOrTheLoggedInUser() {
        assertThat(ModelBackend.select(new MockEnvironment().withProperty("GH_TOKEN", "gho_x")))
                .isEqualTo(ModelBackend.GITHUB_COPILOT);
        assertThat(ModelBackend.select(new MockEnvironment().withProperty("COPILOT_GITHUB_TOKEN", "gho_x")))
                .isEqualTo(ModelBackend.GITHUB_COPILOT);
        assertThat(ModelBackend.select(new MockEnvironment().withProperty("copilot.auth.github-token", "gho_x")))
                .isEqualTo(ModelBackend.GITHUB_COPILOT);
        assertThat(ModelBackend.select(new MockEnvironment()
                .withProperty("copilot.auth.use-logged-in-user", "true"))).isEqualTo(ModelBackend.GITHUB_COPILOT);
        assertThat(ModelBackend.select(new MockEnvironment().withProperty("copilot.cli.url", "localhost:4321")))
                .isEqualTo(ModelBackend.GITHUB_COPILOT);
    }

    @Test
    void ignoresGitHubTokenWhichIsOftenSetWithoutCopilotAccess() {
        assertThat(ModelBackend.select(new MockEnvironment().withProperty("GITHUB_TOKEN", "ghs_x")))
                .isEqualTo(ModelBackend.OFFLINE_DEMO);
    }

    @Test
    void prefersCopilotGitHubTokenOverGhToken() {
        MockEnvironment environment = new MockEnvironment().withProperty("GH_TOKEN", "second")
                .withProperty("COPILOT_GITHUB_TOKEN", "first");
        assertThat(ModelBackend.tokenFromVariables(environment)).isEqualTo("first");
    }

    @Test
    void isByokWhenAProviderIsConfiguredEvenWithAToken() {
        MockEnvironment environment = new MockEnvironment().withProperty("GH_TOKEN", "gho_x")
                .withProperty("copilot.session.provider.base-url", "http://localhost:11434/v1");
        assertThat(ModelBackend.select(environment)).isEqualTo(ModelBackend.BYOK);
    }

    @Test
    void followsAnExplicitChoice() {
        MockEnvironment environment = new MockEnvironment().withProperty("GH_TOKEN", "gho_x")
                .withProperty(ModelBackend.PROPERTY, "Offline-Demo");
        assertThat(ModelBackend.select(environment)).isEqualTo(ModelBackend.OFFLINE_DEMO);
        assertThat(ModelBackend.select(new MockEnvironment().withProperty(ModelBackend.PROPERTY, "byok")))
                .isEqualTo(ModelBackend.BYOK);
    }

    @Test
    void rejectsAnUnknownChoice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ModelBackend.select(new MockEnvironment().withProperty(ModelBackend.PROPERTY,
                        "openai")))
                .withMessage("support-desk.model-backend must be auto, github-copilot, byok or offline-demo, got "
                        + "'openai'");
    }
}
