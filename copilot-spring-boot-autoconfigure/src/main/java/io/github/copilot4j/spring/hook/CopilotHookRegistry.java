package io.github.copilot4j.spring.hook;

import io.github.copilot4j.hook.SessionHooks;

/**
 * The session hooks of the application. The {@link io.github.copilot4j.spring.session.CopilotSessionFactory} gives
 * them to every session it opens.
 */
public interface CopilotHookRegistry {

    /** The hooks every session gets; may have no handler at all. */
    SessionHooks hooks();
}
