/**
 * Offline testing for applications built on copilot4j: {@link io.github.copilot4j.testkit.FakeModelServer}
 * stands in for the model endpoints the Copilot CLI calls, with scripted {@link io.github.copilot4j.testkit.ModelReply
 * replies} and recorded requests; {@link io.github.copilot4j.testkit.ReplayingModelServer} replays conversations
 * recorded by the official Copilot SDKs' end-to-end suite ({@link io.github.copilot4j.testkit.ReplaySnapshot}).
 */
@NullMarked
package io.github.copilot4j.testkit;

import org.jspecify.annotations.NullMarked;
