/** JMH benchmarks of copilot4j's event path and framing codec. */
@NullMarked
package io.github.copilot4j.bench.jmh;

import org.jspecify.annotations.NullMarked;
