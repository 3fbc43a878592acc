/** MCP servers: their status in a session, and supplying OAuth tokens for them on the CLI's request. */
@NullMarked
package io.github.copilot4j.mcp;

import org.jspecify.annotations.NullMarked;
