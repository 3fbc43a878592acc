/**
 * Custom tools: their declarations sent to the CLI, the handlers that run them in this process, and {@link
 * io.github.copilot4j.tool.Tools}, which builds both from typed functions and {@link
 * io.github.copilot4j.tool.CopilotTool} methods.
 */
@NullMarked
package io.github.copilot4j.tool;

import org.jspecify.annotations.NullMarked;
