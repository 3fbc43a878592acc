package io.github.copilot4j.spring.tool;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.hook.HookType;
import io.github.copilot4j.hook.UserPromptSubmittedInput;
import io.github.copilot4j.hook.UserPromptSubmittedOutput;
import io.github.copilot4j.spring.TestCliProperties;
import io.github.copilot4j.spring.autoconfigure.CopilotClientAutoConfiguration;
import io.github.copilot4j.spring.autoconfigure.CopilotHookAutoConfiguration;
import io.github.copilot4j.spring.autoconfigure.CopilotSessionAutoConfiguration;
import io.github.copilot4j.spring.autoconfigure.CopilotToolAutoConfiguration;
import io.github.copilot4j.spring.hook.CopilotHook;
import io.github.copilot4j.spring.session.CopilotSessionFactory;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelReply;
import io.github.copilot4j.testkit.ModelRequest;
import io.github.copilot4j.tool.CopilotTool;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.SimpleTransactionStatus;

/** Annotated tools and hooks of beans, used by the real CLI against the fake model server. */
class AnnotatedToolRegistryIT {

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
    void theModelCallsATransactionalToolAndAHookChangesThePrompt() {
        environment.modelServer().enqueue(ModelReply.toolCall("book_room", "{\"room\":\"12\"}"),
                ModelReply.text("Room 12 is booked."));
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CopilotClientAutoConfiguration.class,
                        CopilotSessionAutoConfiguration.class, CopilotToolAutoConfiguration.class,
                        CopilotHookAutoConfiguration.class))
                .withPropertyValues(TestCliProperties.of(environment))
                .withUserConfiguration(HotelConfiguration.class)
                .run(context -> {
                    CopilotSessionFactory factory = context.getBean(CopilotSessionFactory.class);
                    try (CopilotSession session = factory.create()) {
                        assertThat(session.sendAndWait("Book room 12", factory.sendTimeout("default"))
                                .orElseThrow().content()).isEqualTo("Room 12 is booked.");
                    }

                    List<ModelRequest> requests = environment.modelServer().chatRequests();
                    assertThat(requests.get(0).toolNames()).contains("book_room");
                    assertThat(requests.get(0).lastUserMessage()).contains("Book room 12 for guest 7");
                    ModelMessage toolResult = requests.get(1).messages().stream()
                            .filter(message -> message.role().equals("tool")).findFirst().orElseThrow();
                    assertThat(toolResult.content()).isEqualTo("Booked room 12");
                    RecordingTransactionManager transactions = context.getBean(RecordingTransactionManager.class);
                    assertThat(transactions.begun).hasValue(1);
                    assertThat(transactions.committed).hasValue(1);
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement(proxyTargetClass = true)
    static class HotelConfiguration {

        @Bean
        RecordingTransactionManager transactionManager() {
            return new RecordingTransactionManager();
        }

        @Bean
        Hotel hotel() {
            return new Hotel();
        }
    }

    static class Hotel {

        @Transactional
        @CopilotTool(name = "book_room", description = "Books a hotel room")
        public String book(String room) {
            return "Booked room " + room;
        }

        @CopilotHook(HookType.USER_PROMPT_SUBMITTED)
        public UserPromptSubmittedOutput addGuest(UserPromptSubmittedInput input) {
            return UserPromptSubmittedOutput.modifyPrompt(input.prompt() + " for guest 7");
        }
    }

    static class RecordingTransactionManager implements PlatformTransactionManager {

        final AtomicInteger begun = new AtomicInteger();
        final AtomicInteger committed = new AtomicInteger();

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            begun.incrementAndGet();
            return new SimpleTransactionStatus(true);
        }

        @Override
        public void commit(TransactionStatus status) {
            committed.incrementAndGet();
        }

        @Override
        public void rollback(TransactionStatus status) {
        }
    }
}
