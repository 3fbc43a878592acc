package io.github.copilot4j.spring.autoconfigure;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.spring.tool.AnnotatedToolRegistry;
import io.github.copilot4j.spring.tool.CopilotToolRegistry;
import io.github.copilot4j.spring.tool.SanitizingToolExceptionHandler;
import io.github.copilot4j.spring.tool.ToolExceptionHandler;
import io.github.copilot4j.tool.CopilotTool;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Auto-configuration of the {@link AnnotatedToolRegistry}, which makes the {@link CopilotTool @CopilotTool} methods
 * of the application's beans into the tools of its sessions, with the application's {@link JsonMapper}; off with
 * {@code copilot.tools.scan=false}.
 */
@AutoConfiguration(before = CopilotSessionAutoConfiguration.class)
@ConditionalOnClass({CopilotClient.class, CopilotTool.class})
@ConditionalOnBooleanProperty(name = {"copilot.enabled", "copilot.tools.scan"}, matchIfMissing = true)
public final class CopilotToolAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(CopilotToolRegistry.class)
    static AnnotatedToolRegistry copilotToolRegistry(ObjectProvider<JsonMapper> jsonMapper,
            ObjectProvider<ToolExceptionHandler> exceptionHandler) {
        return new AnnotatedToolRegistry(() -> jsonMapper.getIfUnique(() -> JsonMapper.builder().build()),
                () -> exceptionHandler.getIfUnique(SanitizingToolExceptionHandler::new));
    }

    @Bean
    @ConditionalOnMissingBean(ToolExceptionHandler.class)
    static SanitizingToolExceptionHandler copilotToolExceptionHandler() {
        return new SanitizingToolExceptionHandler();
    }
}
