/** The CLI child process: launch, standard error capture and exit watch. Not API. */
@NullMarked
package io.github.copilot4j.internal.cli;

import org.jspecify.annotations.NullMarked;
