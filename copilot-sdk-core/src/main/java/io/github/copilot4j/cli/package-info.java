/** Finding, installing and launching the Copilot CLI executable. */
@NullMarked
package io.github.copilot4j.cli;

import org.jspecify.annotations.NullMarked;
