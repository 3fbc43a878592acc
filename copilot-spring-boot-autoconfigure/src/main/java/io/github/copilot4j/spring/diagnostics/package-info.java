/** Failure analyzers that explain why a Copilot application could not start and which property fixes it. */
@NullMarked
package io.github.copilot4j.spring.diagnostics;

import org.jspecify.annotations.NullMarked;
