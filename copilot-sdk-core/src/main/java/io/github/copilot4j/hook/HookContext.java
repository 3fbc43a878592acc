package io.github.copilot4j.hook;

import io.github.copilot4j.internal.util.Checks;

/**
 * Where a hook invocation comes from.
 *
 * @param sessionId the id of the session whose hooks are invoked; a hook raised inside a sub-agent carries the
 *     sub-agent's id in {@link HookInput#sessionId()} instead
 */
public record HookContext(String sessionId) {

    public HookContext {
        Checks.nonBlank(sessionId, "HookContext.sessionId");
    }
}
