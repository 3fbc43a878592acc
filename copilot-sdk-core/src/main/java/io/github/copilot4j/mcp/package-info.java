/** Supplying OAuth tokens for MCP servers on the CLI's request. */
@NullMarked
package io.github.copilot4j.mcp;

import org.jspecify.annotations.NullMarked;
