package io.github.copilot4j.hook;

import java.time.Instant;

/** What the CLI sends with every hook invocation. */
public sealed interface HookInput permits PreToolUseInput, PreMcpToolCallInput, PostToolUseInput,
        PostToolUseFailureInput, UserPromptSubmittedInput, UserPromptTransformedInput, SessionStartInput,
        SessionEndInput, ErrorOccurredInput, AgentStopInput {

    /** The id of the session that raised the hook; a sub-agent's id for hooks raised inside a sub-agent. */
    String sessionId();

    /** When the CLI raised the hook. */
    Instant timestamp();

    /** The session's working directory ({@code cwd} on the wire). */
    String workingDirectory();
}
