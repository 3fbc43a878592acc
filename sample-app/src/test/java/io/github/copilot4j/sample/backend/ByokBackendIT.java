package io.github.copilot4j.sample.backend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.sample.SampleApplication;
import io.github.copilot4j.sample.SupportDeskClient;
import io.github.copilot4j.sample.chat.ConversationView;
import io.github.copilot4j.sample.chat.HistoryEntry;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.ModelRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The BYOK back end, chosen by {@code copilot.session.provider.base-url} alone: the CLI gets no GitHub token and no
 * Copilot API address, and sends the model requests to the configured OpenAI-compatible server, here a fake one
 * answering as the demo model. The application runs, and stops, inside the test, before the CLI's environment is
 * checked for leftover processes.
 */
class ByokBackendIT {

    @Test
    void answersThroughTheConfiguredProviderWithoutAGitHubToken() {
        try (CopilotTestEnvironment cli = CopilotTestEnvironment.create()) {
            cli.modelServer().respondWith(new OfflineDemoModel());
            try (ConfigurableApplicationContext application = new SpringApplicationBuilder(SampleApplication.class)
                    .properties(byokProperties(cli))
                    .run()) {
                assertThat(application.getBean(ModelBackend.class)).isEqualTo(ModelBackend.BYOK);
                int port = Objects.requireNonNull(application.getEnvironment()
                        .getProperty("local.server.port", Integer.class));
                SupportDeskClient desk = new SupportDeskClient(port);
                String id = desk.start().id();
                ConversationView view = desk.ask(id, "Who is Linus Torvalds?");

                assertThat(view.entries()).extracting(HistoryEntry::kind)
                        .containsExactly("user", "tool", "assistant");
                assertThat(view.entries().get(2).text())
                        .startsWith("Linus Torvalds (customer #5, linus@kernel.example)");
            }
            ModelRequest first = cli.modelServer().chatRequests().get(0);
            assertThat(first.httpRequest().path()).isEqualTo("/v1/chat/completions");
            assertThat(first.httpRequest().header("authorization")).isEqualTo("Bearer byok-test-key");
            assertThat(first.model()).isEqualTo("gpt-4.1");
        }
    }

    private static Map<String, Object> byokProperties(CopilotTestEnvironment cli) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", 0);
        properties.put("spring.datasource.url", "jdbc:h2:mem:support-desk-byok;DB_CLOSE_DELAY=-1");
        properties.put("management.server.port", 0);
        properties.put("copilot.session.provider.type", "openai");
        properties.put("copilot.session.provider.base-url", cli.modelServer().openAiBaseUrl());
        properties.put("copilot.session.provider.api-key", "byok-test-key");
        properties.put("copilot.session.model", "gpt-4.1");
        properties.put("copilot.cli.path", cli.cliPath().toString());
        properties.put("copilot.cli.working-directory", cli.workDirectory().toString());
        properties.put("copilot.cli.inherit-environment", false);
        cli.environment().forEach((name, value) -> {
            if (!name.equals("COPILOT_API_URL") && !name.equals("COPILOT_DEBUG_GITHUB_API_URL")) {
                properties.put("copilot.cli.env[" + name + "]", value);
            }
        });
        return properties;
    }
}
