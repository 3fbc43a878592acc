package io.github.copilot4j.hook;

import org.jspecify.annotations.Nullable;

/**
 * An error reported to a hook. The CLI sends an object {@code {name, message, stack}} (for {@code sessionEnd} at
 * times only {@code {message}}) although its published types say string; a plain string becomes the message.
 *
 * @param message the error message
 * @param name the error's class name, e.g. {@code Error}, when sent
 * @param stack the stack trace, when sent
 */
public record HookError(String message, @Nullable String name, @Nullable String stack) {
}
