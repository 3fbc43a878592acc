/** Answering the CLI's permission requests (shell commands, file writes, MCP and custom tool calls, ...). */
@NullMarked
package io.github.copilot4j.permission;

import org.jspecify.annotations.NullMarked;
