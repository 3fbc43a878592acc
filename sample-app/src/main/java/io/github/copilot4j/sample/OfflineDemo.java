package io.github.copilot4j.sample;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.spring.session.CopilotSessionFactory;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Asks one question through the starter's session factory once the application has started. */
@Component
class OfflineDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OfflineDemo.class);
    private static final String QUESTION = "What is 1+1?";

    private final CopilotClient client;
    private final CopilotSessionFactory sessions;

    OfflineDemo(CopilotClient client, CopilotSessionFactory sessions) {
        this.client = client;
        this.sessions = sessions;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        log.info("Offline demo: answers come from a scripted demo model on 127.0.0.1, not from GitHub Copilot");
        client.start();
        log.info("Started the Copilot CLI {}", client.cliVersion().orElse("?"));
        try (CopilotSession session = sessions.create()) {
            log.info("You: {}", QUESTION);
            String answer = session.sendAndWait(QUESTION, Duration.ofSeconds(60))
                    .map(AssistantMessageEvent::content)
                    .orElse("(no answer)");
            log.info("Copilot: {}", answer);
        }
    }
}
