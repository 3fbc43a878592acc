/**
 * The benchmark run of {@code bench/run}: the orchestrator, which starts the fake model server and the contenders
 * and interleaves them, the wire tap and the statistics.
 */
@NullMarked
package io.github.copilot4j.bench;

import org.jspecify.annotations.NullMarked;
