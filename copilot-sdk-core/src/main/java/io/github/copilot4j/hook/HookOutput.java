package io.github.copilot4j.hook;

/** What a hook answers; fields left null are omitted on the wire, so the CLI keeps its own behaviour for them. */
public sealed interface HookOutput permits PreToolUseOutput, PreMcpToolCallOutput, PostToolUseOutput,
        PostToolUseFailureOutput, UserPromptSubmittedOutput, UserPromptTransformedOutput, SessionStartOutput,
        SessionEndOutput, ErrorOccurredOutput, AgentStopOutput {
}
