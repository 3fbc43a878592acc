/**
 * Browser conversations: one Copilot session each, streamed to the page as server-sent events, with the approval of
 * ticket requests.
 */
@NullMarked
package io.github.copilot4j.sample.chat;

import org.jspecify.annotations.NullMarked;
