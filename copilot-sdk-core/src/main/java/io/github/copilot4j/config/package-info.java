/** Value types of a session's configuration: model and provider settings, MCP servers, agents, system message. */
@NullMarked
package io.github.copilot4j.config;

import org.jspecify.annotations.NullMarked;
