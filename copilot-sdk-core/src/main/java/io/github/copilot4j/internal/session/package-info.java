/**
 * The session-side answers to what the CLI asks of a client: tool calls, permission requests, user input, hooks,
 * system message transforms. Each concern is a {@link io.github.copilot4j.internal.session.SessionFeature}. Not API.
 */
@NullMarked
package io.github.copilot4j.internal.session;

import org.jspecify.annotations.NullMarked;
