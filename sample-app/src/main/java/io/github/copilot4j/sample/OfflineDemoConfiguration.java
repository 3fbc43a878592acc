package io.github.copilot4j.sample;

import io.github.copilot4j.spring.client.CopilotClientOptionsCustomizer;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.ModelReply;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The offline demo back end: the test kit's scripted model server on 127.0.0.1, and the auto-configured Copilot
 * client pointed at it with isolated home directories. The CLI, the protocol and the sessions are real; the answers
 * come from the script.
 */
@Configuration(proxyBeanMethods = false)
class OfflineDemoConfiguration {

    @Bean(destroyMethod = "close")
    CopilotTestEnvironment offlineDemoEnvironment() {
        CopilotTestEnvironment environment = CopilotTestEnvironment.create();
        environment.modelServer().enqueue(ModelReply.text("1 + 1 = 2"));
        return environment;
    }

    @Bean
    CopilotClientOptionsCustomizer offlineDemoClient(CopilotTestEnvironment offlineDemoEnvironment) {
        return offlineDemoEnvironment::applyTo;
    }
}
