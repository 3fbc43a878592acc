/**
 * The Java contenders of a benchmark run, each a long-lived process driven through its standard input: copilot4j and
 * a raw-protocol floor that speaks JSON-RPC to the CLI with no SDK logic.
 */
@NullMarked
package io.github.copilot4j.bench.worker;

import org.jspecify.annotations.NullMarked;
