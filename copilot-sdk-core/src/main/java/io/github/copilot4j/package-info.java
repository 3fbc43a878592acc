/**
 * The copilot4j SDK: {@link io.github.copilot4j.CopilotClient} starts or connects to the GitHub Copilot CLI,
 * and {@link io.github.copilot4j.CopilotSession} runs conversations on it.
 */
@NullMarked
package io.github.copilot4j;

import org.jspecify.annotations.NullMarked;
