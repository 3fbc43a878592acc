package io.github.copilot4j.spring.hook;

import io.github.copilot4j.hook.AgentStopInput;
import io.github.copilot4j.hook.AgentStopOutput;
import io.github.copilot4j.hook.ErrorOccurredInput;
import io.github.copilot4j.hook.ErrorOccurredOutput;
import io.github.copilot4j.hook.HookHandler;
import io.github.copilot4j.hook.HookToolResult;
import io.github.copilot4j.hook.HookType;
import io.github.copilot4j.hook.PostToolUseFailureInput;
import io.github.copilot4j.hook.PostToolUseFailureOutput;
import io.github.copilot4j.hook.PostToolUseInput;
import io.github.copilot4j.hook.PostToolUseOutput;
import io.github.copilot4j.hook.PreMcpToolCallInput;
import io.github.copilot4j.hook.PreMcpToolCallOutput;
import io.github.copilot4j.hook.PreMcpToolCallOutput.MetaChange;
import io.github.copilot4j.hook.PreToolUseInput;
import io.github.copilot4j.hook.PreToolUseOutput;
import io.github.copilot4j.hook.PreToolUseOutput.Decision;
import io.github.copilot4j.hook.SessionEndInput;
import io.github.copilot4j.hook.SessionEndOutput;
import io.github.copilot4j.hook.SessionStartInput;
import io.github.copilot4j.hook.SessionStartOutput;
import io.github.copilot4j.hook.UserPromptSubmittedInput;
import io.github.copilot4j.hook.UserPromptSubmittedOutput;
import io.github.copilot4j.hook.UserPromptTransformedInput;
import io.github.copilot4j.hook.UserPromptTransformedOutput;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Combines several handlers of one hook type into one, running them in order. The rules are those documented on
 * {@link AnnotatedHookRegistry}: modifications are chained (each handler sees the input as changed by the earlier
 * ones), texts for the model are joined, {@code suppressOutput} holds when any handler asks for it, and a denial
 * (or, for {@code agentStop}, a block) ends the chain.
 */
final class HookChains {

    private HookChains() {
    }

    /** One handler that runs {@code handlers} in order; the handler itself when there is one. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static HookHandler<?, ?> combine(HookType type, List<HookHandler<?, ?>> handlers) {
        if (handlers.size() == 1) {
            return handlers.get(0);
        }
        List raw = List.copyOf(handlers);
        return switch (type) {
            case PRE_TOOL_USE -> preToolUse(raw);
            case PRE_MCP_TOOL_CALL -> preMcpToolCall(raw);
            case POST_TOOL_USE -> postToolUse(raw);
            case POST_TOOL_USE_FAILURE -> postToolUseFailure(raw);
            case USER_PROMPT_SUBMITTED -> userPromptSubmitted(raw);
            case USER_PROMPT_TRANSFORMED -> userPromptTransformed(raw);
            case SESSION_START -> sessionStart(raw);
            case SESSION_END -> sessionEnd(raw);
            case ERROR_OCCURRED -> errorOccurred(raw);
            case AGENT_STOP -> agentStop(raw);
        };
    }

    static HookHandler<PreToolUseInput, PreToolUseOutput> preToolUse(
            List<HookHandler<PreToolUseInput, PreToolUseOutput>> handlers) {
        return (input, context) -> {
            PreToolUseInput current = input;
            Decision decision = null;
            String reason = null;
            JsonNode modifiedArgs = null;
            Texts additionalContext = new Texts();
            Boolean suppressOutput = null;
            boolean answered = false;
            for (HookHandler<PreToolUseInput, PreToolUseOutput> handler : handlers) {
                PreToolUseOutput output = handler.handle(current, context);
                if (output == null) {
                    continue;
                }
                answered = true;
                if (output.modifiedArgs() != null) {
                    modifiedArgs = output.modifiedArgs();
                    current = new PreToolUseInput(current.sessionId(), current.timestamp(),
                            current.workingDirectory(), current.toolName(), modifiedArgs);
                }
                additionalContext.add(output.additionalContext());
                suppressOutput = anyTrue(suppressOutput, output.suppressOutput());
                Decision next = output.permissionDecision();
                if (next != null && strictness(next) > strictness(decision)) {
                    decision = next;
                    reason = output.permissionDecisionReason();
                }
                if (decision == Decision.DENY) {
                    break;
                }
            }
            return answered ? new PreToolUseOutput(decision, reason, modifiedArgs, additionalContext.joined(),
                    suppressOutput) : null;
        };
    }

    static HookHandler<PreMcpToolCallInput, PreMcpToolCallOutput> preMcpToolCall(
            List<HookHandler<PreMcpToolCallInput, PreMcpToolCallOutput>> handlers) {
        return (input, context) -> {
            PreMcpToolCallInput current = input;
            PreMcpToolCallOutput change = null;
            for (HookHandler<PreMcpToolCallInput, PreMcpToolCallOutput> handler : handlers) {
                PreMcpToolCallOutput output = handler.handle(current, context);
                if (output == null || output.metaChange() == MetaChange.KEEP) {
                    continue;
                }
                change = output;
                current = new PreMcpToolCallInput(current.sessionId(), current.timestamp(),
                        current.workingDirectory(), current.toolCallId(), current.serverName(), current.toolName(),
                        current.arguments(), output.meta());
            }
            return change;
        };
    }

    static HookHandler<PostToolUseInput, PostToolUseOutput> postToolUse(
            List<HookHandler<PostToolUseInput, PostToolUseOutput>> handlers) {
        return (input, context) -> {
            PostToolUseInput current = input;
            HookToolResult modifiedResult = null;
            Texts additionalContext = new Texts();
            Boolean suppressOutput = null;
            boolean answered = false;
            for (HookHandler<PostToolUseInput, PostToolUseOutput> handler : handlers) {
                PostToolUseOutput output = handler.handle(current, context);
                if (output == null) {
                    continue;
                }
                answered = true;
                if (output.modifiedResult() != null) {
                    modifiedResult = output.modifiedResult();
                    current = new PostToolUseInput(current.sessionId(), current.timestamp(),
                            current.workingDirectory(), current.toolName(), current.toolArgs(), modifiedResult);
                }
                additionalContext.add(output.additionalContext());
                suppressOutput = anyTrue(suppressOutput, output.suppressOutput());
            }
            return answered ? new PostToolUseOutput(modifiedResult, additionalContext.joined(), suppressOutput)
                    : null;
        };
    }

    static HookHandler<PostToolUseFailureInput, PostToolUseFailureOutput> postToolUseFailure(
            List<HookHandler<PostToolUseFailureInput, PostToolUseFailureOutput>> handlers) {
        return (input, context) -> {
            Texts additionalContext = new Texts();
            boolean answered = false;
            for (HookHandler<PostToolUseFailureInput, PostToolUseFailureOutput> handler : handlers) {
                PostToolUseFailureOutput output = handler.handle(input, context);
                if (output != null) {
                    answered = true;
                    additionalContext.add(output.additionalContext());
                }
            }
            return answered ? new PostToolUseFailureOutput(additionalContext.joined()) : null;
        };
    }

    static HookHandler<UserPromptSubmittedInput, UserPromptSubmittedOutput> userPromptSubmitted(
            List<HookHandler<UserPromptSubmittedInput, UserPromptSubmittedOutput>> handlers) {
        return (input, context) -> {
            UserPromptSubmittedInput current = input;
            String modifiedPrompt = null;
            Texts additionalContext = new Texts();
            Boolean suppressOutput = null;
            boolean answered = false;
            for (HookHandler<UserPromptSubmittedInput, UserPromptSubmittedOutput> handler : handlers) {
                UserPromptSubmittedOutput output = handler.handle(current, context);
                if (output == null) {
                    continue;
                }
                answered = true;
                if (output.modifiedPrompt() != null) {
                    modifiedPrompt = output.modifiedPrompt();
                    current = new UserPromptSubmittedInput(current.sessionId(), current.timestamp(),
                            current.workingDirectory(), modifiedPrompt);
                }
                additionalContext.add(output.additionalContext());
                suppressOutput = anyTrue(suppressOutput, output.suppressOutput());
            }
            return answered ? new UserPromptSubmittedOutput(modifiedPrompt, additionalContext.joined(),
                    suppressOutput) : null;
        };
    }

    static HookHandler<UserPromptTransformedInput, UserPromptTransformedOutput> userPromptTransformed(
            List<HookHandler<UserPromptTransformedInput, UserPromptTransformedOutput>> handlers) {
        return (input, context) -> {
            UserPromptTransformedInput current = input;
            String modified = null;
            for (HookHandler<UserPromptTransformedInput, UserPromptTransformedOutput> handler : handlers) {
                UserPromptTransformedOutput output = handler.handle(current, context);
                if (output != null && output.modifiedTransformedPrompt() != null) {
                    modified = output.modifiedTransformedPrompt();
                    current = new UserPromptTransformedInput(current.sessionId(), current.timestamp(),
                            current.workingDirectory(), current.prompt(), modified);
                }
            }
            return modified != null ? new UserPromptTransformedOutput(modified) : null;
        };
    }

    static HookHandler<SessionStartInput, SessionStartOutput> sessionStart(
            List<HookHandler<SessionStartInput, SessionStartOutput>> handlers) {
        return (input, context) -> {
            Texts additionalContext = new Texts();
            ObjectNode modifiedConfig = null;
            boolean answered = false;
            for (HookHandler<SessionStartInput, SessionStartOutput> handler : handlers) {
                SessionStartOutput output = handler.handle(input, context);
                if (output == null) {
                    continue;
                }
                answered = true;
                additionalContext.add(output.additionalContext());
                if (output.modifiedConfig() != null) {
                    if (modifiedConfig == null) {
                        modifiedConfig = output.modifiedConfig().deepCopy();
                    } else {
                        modifiedConfig.setAll(output.modifiedConfig());
                    }
                }
            }
            return answered ? new SessionStartOutput(additionalContext.joined(), modifiedConfig) : null;
        };
    }

    static HookHandler<SessionEndInput, SessionEndOutput> sessionEnd(
            List<HookHandler<SessionEndInput, SessionEndOutput>> handlers) {
        return (input, context) -> {
            Boolean suppressOutput = null;
            List<String> cleanupActions = null;
            String sessionSummary = null;
            boolean answered = false;
            for (HookHandler<SessionEndInput, SessionEndOutput> handler : handlers) {
                SessionEndOutput output = handler.handle(input, context);
                if (output == null) {
                    continue;
                }
                answered = true;
                suppressOutput = anyTrue(suppressOutput, output.suppressOutput());
                if (output.cleanupActions() != null) {
                    if (cleanupActions == null) {
                        cleanupActions = new ArrayList<>();
                    }
                    cleanupActions.addAll(output.cleanupActions());
                }
                if (output.sessionSummary() != null) {
                    sessionSummary = output.sessionSummary();
                }
            }
            return answered ? new SessionEndOutput(suppressOutput, cleanupActions, sessionSummary) : null;
        };
    }

    static HookHandler<ErrorOccurredInput, ErrorOccurredOutput> errorOccurred(
            List<HookHandler<ErrorOccurredInput, ErrorOccurredOutput>> handlers) {
        return (input, context) -> {
            ErrorOccurredOutput decided = null;
            Texts userNotification = new Texts();
            Boolean suppressOutput = null;
            boolean answered = false;
            for (HookHandler<ErrorOccurredInput, ErrorOccurredOutput> handler : handlers) {
                ErrorOccurredOutput output = handler.handle(input, context);
                if (output == null) {
                    continue;
                }
                answered = true;
                if (decided == null && output.errorHandling() != null) {
                    decided = output;
                }
                userNotification.add(output.userNotification());
                suppressOutput = anyTrue(suppressOutput, output.suppressOutput());
            }
            return answered ? new ErrorOccurredOutput(decided == null ? null : decided.errorHandling(),
                    decided == null ? null : decided.retryCount(), userNotification.joined(), suppressOutput) : null;
        };
    }

    static HookHandler<AgentStopInput, AgentStopOutput> agentStop(
            List<HookHandler<AgentStopInput, AgentStopOutput>> handlers) {
        return (input, context) -> {
            AgentStopOutput answer = null;
            for (HookHandler<AgentStopInput, AgentStopOutput> handler : handlers) {
                AgentStopOutput output = handler.handle(input, context);
                if (output != null) {
                    answer = output;
                    if (output.block()) {
                        break;
                    }
                }
            }
            return answer;
        };
    }

    /** How restrictive a permission decision is; the most restrictive one of the chain wins. */
    private static int strictness(@Nullable Decision decision) {
        if (decision == null) {
            return 0;
        }
        return switch (decision) {
            case ALLOW -> 1;
            case ASK -> 2;
            case DENY -> 3;
        };
    }

    private static @Nullable Boolean anyTrue(@Nullable Boolean so, @Nullable Boolean next) {
        if (Boolean.TRUE.equals(so) || Boolean.TRUE.equals(next)) {
            return Boolean.TRUE;
        }
        return so != null ? so : next;
    }

    /** Texts for the model from several handlers, joined with blank lines. */
    private static final class Texts {

        private final List<String> texts = new ArrayList<>();

        void add(@Nullable String text) {
            if (text != null && !text.isBlank()) {
                texts.add(text);
            }
        }

        @Nullable String joined() {
            return texts.isEmpty() ? null : String.join("\n\n", texts);
        }
    }
}
