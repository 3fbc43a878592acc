/**
 * Where the assistant's answers come from: GitHub Copilot, a model provider of your own (BYOK), or the offline demo
 * model, chosen by configuration.
 */
@NullMarked
package io.github.copilot4j.sample.backend;

import org.jspecify.annotations.NullMarked;
