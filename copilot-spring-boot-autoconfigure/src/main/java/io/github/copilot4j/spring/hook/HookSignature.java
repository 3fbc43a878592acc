package io.github.copilot4j.spring.hook;

import io.github.copilot4j.hook.AgentStopInput;
import io.github.copilot4j.hook.AgentStopOutput;
import io.github.copilot4j.hook.ErrorOccurredInput;
import io.github.copilot4j.hook.ErrorOccurredOutput;
import io.github.copilot4j.hook.HookInput;
import io.github.copilot4j.hook.HookOutput;
import io.github.copilot4j.hook.HookType;
import io.github.copilot4j.hook.PostToolUseFailureInput;
import io.github.copilot4j.hook.PostToolUseFailureOutput;
import io.github.copilot4j.hook.PostToolUseInput;
import io.github.copilot4j.hook.PostToolUseOutput;
import io.github.copilot4j.hook.PreMcpToolCallInput;
import io.github.copilot4j.hook.PreMcpToolCallOutput;
import io.github.copilot4j.hook.PreToolUseInput;
import io.github.copilot4j.hook.PreToolUseOutput;
import io.github.copilot4j.hook.SessionEndInput;
import io.github.copilot4j.hook.SessionEndOutput;
import io.github.copilot4j.hook.SessionStartInput;
import io.github.copilot4j.hook.SessionStartOutput;
import io.github.copilot4j.hook.UserPromptSubmittedInput;
import io.github.copilot4j.hook.UserPromptSubmittedOutput;
import io.github.copilot4j.hook.UserPromptTransformedInput;
import io.github.copilot4j.hook.UserPromptTransformedOutput;

/** The input and output types of a hook type. */
record HookSignature(Class<? extends HookInput> input, Class<? extends HookOutput> output) {

    static HookSignature of(HookType type) {
        return switch (type) {
            case PRE_TOOL_USE -> new HookSignature(PreToolUseInput.class, PreToolUseOutput.class);
            case PRE_MCP_TOOL_CALL -> new HookSignature(PreMcpToolCallInput.class, PreMcpToolCallOutput.class);
            case POST_TOOL_USE -> new HookSignature(PostToolUseInput.class, PostToolUseOutput.class);
            case POST_TOOL_USE_FAILURE -> new HookSignature(PostToolUseFailureInput.class,
                    PostToolUseFailureOutput.class);
            case USER_PROMPT_SUBMITTED -> new HookSignature(UserPromptSubmittedInput.class,
                    UserPromptSubmittedOutput.class);
            case USER_PROMPT_TRANSFORMED -> new HookSignature(UserPromptTransformedInput.class,
                    UserPromptTransformedOutput.class);
            case SESSION_START -> new HookSignature(SessionStartInput.class, SessionStartOutput.class);
            case SESSION_END -> new HookSignature(SessionEndInput.class, SessionEndOutput.class);
            case ERROR_OCCURRED -> new HookSignature(ErrorOccurredInput.class, ErrorOccurredOutput.class);
            case AGENT_STOP -> new HookSignature(AgentStopInput.class, AgentStopOutput.class);
        };
    }
}
