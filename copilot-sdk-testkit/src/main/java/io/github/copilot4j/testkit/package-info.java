/**
 * Offline testing for applications built on copilot4j: {@link io.github.copilot4j.testkit.FakeModelServer}
 * stands in for the model endpoints the Copilot CLI calls, with scripted {@link io.github.copilot4j.testkit.ModelReply
 * replies} and recorded requests.
 */
@NullMarked
package io.github.copilot4j.testkit;

import org.jspecify.annotations.NullMarked;
