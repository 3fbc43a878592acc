package io.github.copilot4j.sample;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.ToolExecutionStartEvent;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.ModelReply;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Runs one conversation with the real Copilot CLI against the test kit's scripted model server, so the application
 * works offline without credentials. Answers come from the scripted demo model; the CLI, the protocol and the
 * session are real.
 */
@Component
class OfflineDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OfflineDemo.class);
    private static final String QUESTION = "What is 1+1?";

    @Override
    public void run(ApplicationArguments arguments) {
        log.info("Offline demo: answers come from a scripted demo model on 127.0.0.1, not from GitHub Copilot");
        try (CopilotTestEnvironment environment = CopilotTestEnvironment.create()) {
            environment.modelServer().enqueue(ModelReply.text("1 + 1 = 2"));
            CopilotClient client = environment.startClient();
            log.info("Started the Copilot CLI {}", client.cliVersion().orElse("?"));
            try (CopilotSession session = client.createSession(SessionConfig.builder().streaming(true).build())) {
                session.on(ToolExecutionStartEvent.class, event -> log.info("Tool call: {}", event.toolName()));
                log.info("You: {}", QUESTION);
                String answer = session.sendAndWait(QUESTION, Duration.ofSeconds(60))
                        .map(AssistantMessageEvent::content)
                        .orElse("(no answer)");
                log.info("Copilot: {}", answer);
            }
        }
    }
}
