/**
 * Micrometer observations and metrics of Copilot sessions, named after the OpenTelemetry GenAI semantic conventions:
 * one observation per turn, tool call and hook, token usage, active sessions, and trace context propagation to the
 * CLI.
 */
@NullMarked
package io.github.copilot4j.spring.observation;

import org.jspecify.annotations.NullMarked;
