package io.github.copilot4j.hook;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Handles one hook invocation. */
@FunctionalInterface
public interface HookHandler {

    /**
     * Handles a hook.
     *
     * @param input the hook's {@code input} object as sent by the CLI
     * @return the hook's {@code output} object, or null for no output
     * @throws Exception on failure; the SDK then answers with no output
     */
    @Nullable JsonNode handle(JsonNode input) throws Exception;
}
