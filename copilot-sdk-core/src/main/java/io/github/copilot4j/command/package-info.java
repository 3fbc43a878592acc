/** Slash commands a session registers with the CLI and the handlers that run them. */
@NullMarked
package io.github.copilot4j.command;

import org.jspecify.annotations.NullMarked;
