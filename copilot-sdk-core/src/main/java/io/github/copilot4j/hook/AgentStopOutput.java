package io.github.copilot4j.hook;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Output of the {@code agentStop} hook.
 *
 * @param block whether to keep the agent going ({@code decision: "block"} on the wire)
 * @param reason for a block, the follow-up message the agent continues with; null otherwise
 */
public record AgentStopOutput(boolean block, @Nullable String reason) implements HookOutput {

    public AgentStopOutput {
        if (block) {
            Checks.nonBlank(reason, "AgentStopOutput.reason");
        } else if (reason != null) {
            throw new IllegalArgumentException("AgentStopOutput.reason is only allowed when block is true");
        }
    }

    /** Keeps the agent going: {@code reason} is queued as the next user message. */
    public static AgentStopOutput block(String reason) {
        return new AgentStopOutput(true, reason);
    }

    /** Lets the agent stop. */
    public static AgentStopOutput allowStop() {
        return new AgentStopOutput(false, null);
    }
}
