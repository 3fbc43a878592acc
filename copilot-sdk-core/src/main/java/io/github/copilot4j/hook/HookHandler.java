package io.github.copilot4j.hook;

import org.jspecify.annotations.Nullable;

/**
 * Handles one kind of hook.
 *
 * @param <I> the hook's input
 * @param <O> the hook's output
 */
@FunctionalInterface
public interface HookHandler<I extends HookInput, O extends HookOutput> {

    /**
     * Handles a hook invocation. Runs on the client's callback executor; the CLI waits for the answer.
     *
     * @param input what the CLI sent
     * @param context the session the hook belongs to
     * @return the output, or null to let the CLI go on unchanged
     * @throws Exception on failure; the SDK logs it and answers with no output, and the turn goes on
     */
    @Nullable O handle(I input, HookContext context) throws Exception;
}
