/**
 * The {@link io.github.copilot4j.CopilotClient} in a Spring application: its
 * {@link io.github.copilot4j.spring.client.CopilotClientLifecycle} and
 * {@link io.github.copilot4j.spring.client.CopilotClientOptionsCustomizer}s.
 */
@NullMarked
package io.github.copilot4j.spring.client;

import org.jspecify.annotations.NullMarked;
