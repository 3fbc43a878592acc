/**
 * Bean methods that answer the CLI's permission requests and the agent's questions, marked with
 * {@link io.github.copilot4j.spring.handler.CopilotPermissionHandler @CopilotPermissionHandler} and
 * {@link io.github.copilot4j.spring.handler.CopilotUserInputHandler @CopilotUserInputHandler}.
 */
@NullMarked
package io.github.copilot4j.spring.handler;

import org.jspecify.annotations.NullMarked;
