/** Session hooks: callbacks the CLI invokes ({@code hooks.invoke}) at points of the agent loop. */
@NullMarked
package io.github.copilot4j.hook;

import org.jspecify.annotations.NullMarked;
