package io.github.copilot4j.spring.tool;

import io.github.copilot4j.tool.ToolInvocation;
import io.github.copilot4j.tool.ToolResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link ToolExceptionHandler}: logs the exception with its stack trace and gives the model a failure
 * that reveals little. Only the messages of {@link IllegalArgumentException} and {@link IllegalStateException} reach
 * the model (the first line, at most {@value #MAX_MESSAGE_LENGTH} characters), as they usually tell it how to correct
 * the call (the SDK's own argument binding errors are of this kind). Every other exception becomes
 * {@code Tool '<name>' failed (<exception class>)}, so that messages that may carry personal data, SQL or
 * credentials stay in the logs.
 */
public final class SanitizingToolExceptionHandler implements ToolExceptionHandler {

    /** The longest message given to the model. */
    public static final int MAX_MESSAGE_LENGTH = 500;

    private static final Logger log = LoggerFactory.getLogger(SanitizingToolExceptionHandler.class);

    @Override
    public ToolResult handle(ToolInvocation invocation, Exception exception) {
        log.warn("Tool '{}' failed (call {} of session {})", invocation.toolName(), invocation.toolCallId(),
                invocation.sessionId(), exception);
        String message = exception.getMessage();
        if ((exception instanceof IllegalArgumentException || exception instanceof IllegalStateException)
                && message != null && !message.isBlank()) {
            return ToolResult.failure(firstLine(message));
        }
        return ToolResult.failure("Tool '" + invocation.toolName() + "' failed ("
                + exception.getClass().getSimpleName() + ")");
    }

    private static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() <= MAX_MESSAGE_LENGTH ? line : line.substring(0, MAX_MESSAGE_LENGTH) + "…";
    }
}
