/** Ordered, per-session delivery of events and callbacks on an executor, off the reader thread. Not API. */
@NullMarked
package io.github.copilot4j.internal.dispatch;

import org.jspecify.annotations.NullMarked;
