package io.github.copilot4j.spring.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.spring.autoconfigure.CopilotClientAutoConfiguration;
import io.github.copilot4j.spring.autoconfigure.CopilotSessionAutoConfiguration;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelReply;
import io.github.copilot4j.testkit.ModelRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Sessions opened through the auto-configured factory, against the real CLI and the fake model server. */
class CopilotSessionFactoryIT {

    private CopilotTestEnvironment environment;

    @BeforeEach
    void createEnvironment() {
        environment = CopilotTestEnvironment.create();
    }

    @AfterEach
    void closeEnvironment() {
        environment.close();
    }

    @Test
    void completesTurnsWithTheDefaultsAndWithAProfile() {
        contextRunner()
                .withPropertyValues("copilot.session.system-message.content=Always answer briefly.",
                        "copilot.sessions.support.model=" + FakeModelServer.DEFAULT_MODEL,
                        "copilot.sessions.support.system-message.content=You are the support desk.")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    CopilotSessionFactory factory = context.getBean(CopilotSessionFactory.class);

                    try (CopilotSession session = factory.create()) {
                        assertThat(session.sendAndWait("What is 1+1?", factory.sendTimeout("default")).orElseThrow()
                                .content()).isEqualTo("2");
                    }
                    try (CopilotSession session = factory.create("support")) {
                        assertThat(session.sendAndWait("Hello", factory.sendTimeout("support")).orElseThrow()
                                .content()).isEqualTo("OK");
                    }

                    List<ModelRequest> requests = environment.modelServer().chatRequests();
                    assertThat(systemMessage(requests.get(0))).contains("Always answer briefly.");
                    assertThat(systemMessage(requests.get(1))).contains("You are the support desk.")
                            .doesNotContain("Always answer briefly.");
                    assertThat(requests.get(1).model()).isEqualTo(FakeModelServer.DEFAULT_MODEL);
                });
    }

    @Test
    void theDefaultPermissionPolicyDeniesShellWriteAndUrlRequests() {
        environment.modelServer().enqueue(
                ModelReply.toolCalls(
                        new ModelReply.ToolCall("bash", "{\"command\":\"echo hacked\",\"description\":\"Run echo\"}"),
                        new ModelReply.ToolCall("create", "{\"path\":\"" + environment.workDirectory().resolve("hacked.txt")
                                + "\",\"file_text\":\"hacked\"}"),
                        new ModelReply.ToolCall("web_fetch", "{\"url\":\"https://example.com/hacked\"}")),
                ModelReply.text("Nothing was allowed."));
        contextRunner().run(context -> {
            CopilotSessionFactory factory = context.getBean(CopilotSessionFactory.class);
            try (CopilotSession session = factory.create()) {
                assertThat(session.sendAndWait("Run 'echo hacked'", factory.sendTimeout("default")).orElseThrow()
                        .content()).isEqualTo("Nothing was allowed.");
            }

            List<String> toolResults = environment.modelServer().chatRequests().get(1).messages().stream()
                    .filter(message -> message.role().equals("tool")).map(ModelMessage::content).toList();
            assertThat(toolResults).hasSize(3);
            assertThat(toolResults.get(0)).contains("does not allow 'shell' requests").doesNotContain("hacked\n");
            assertThat(toolResults.get(1)).contains("does not allow 'write' requests");
            assertThat(toolResults.get(2)).contains("does not allow 'url' requests");
            assertThat(environment.workDirectory().resolve("hacked.txt")).doesNotExist();
        });
    }

    @Test
    void closingTheContextLeavesNoCliProcess() {
        List<Long> processIds = new ArrayList<>();
        contextRunner().run(context -> {
            CopilotSessionFactory factory = context.getBean(CopilotSessionFactory.class);
            factory.create();
            processIds.add(context.getBean(CopilotClient.class).cliProcessId().orElseThrow());
        });

        assertThat(processIds).singleElement()
                .satisfies(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());
    }

    private ApplicationContextRunner contextRunner() {
        List<String> properties = new ArrayList<>(List.of(
                "copilot.cli.path=" + environment.cliPath(),
                "copilot.cli.inherit-environment=false",
                "copilot.cli.working-directory=" + environment.workDirectory(),
                "copilot.auth.github-token=" + CopilotTestEnvironment.FAKE_TOKEN));
        for (Map.Entry<String, String> variable : environment.environment().entrySet()) {
            properties.add("copilot.cli.env[" + variable.getKey() + "]=" + variable.getValue());
        }
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CopilotClientAutoConfiguration.class,
                        CopilotSessionAutoConfiguration.class))
                .withPropertyValues(properties.toArray(String[]::new));
    }

    private static String systemMessage(ModelRequest request) {
        return request.messages().stream().filter(message -> message.role().equals("system"))
                .map(ModelMessage::content).findFirst().orElse("");
    }
}
