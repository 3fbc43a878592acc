/** Custom tools: their declarations sent to the CLI and the handlers that run them in this process. */
@NullMarked
package io.github.copilot4j.tool;

import org.jspecify.annotations.NullMarked;
