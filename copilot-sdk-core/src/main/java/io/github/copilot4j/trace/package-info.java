/**
 * W3C trace context that the SDK passes to the CLI with {@code session.create}, {@code session.resume} and
 * {@code session.send}, and receives from it with tool calls.
 */
@NullMarked
package io.github.copilot4j.trace;

import org.jspecify.annotations.NullMarked;
