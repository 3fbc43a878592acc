/** The audit log of the assistant's tool calls, written by a session hook. */
@NullMarked
package io.github.copilot4j.sample.audit;

import org.jspecify.annotations.NullMarked;
