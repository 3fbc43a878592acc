/** The typed events a session emits: a sealed hierarchy with a forward-compatible fallback for unknown types. */
@NullMarked
package io.github.copilot4j.event;

import org.jspecify.annotations.NullMarked;
