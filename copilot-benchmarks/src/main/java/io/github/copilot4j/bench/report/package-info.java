/** Statistics of the samples and the Markdown and JSON reports of a benchmark run. */
@NullMarked
package io.github.copilot4j.bench.report;

import org.jspecify.annotations.NullMarked;
