package io.github.copilot4j.bench.report;

import org.jspecify.annotations.Nullable;

/**
 * Idle sessions held open by one copilot4j client.
 *
 * @param requested how many sessions were asked for
 * @param opened how many the CLI opened
 * @param firstFailure why the CLI refused a session, if it did
 * @param heapBytesPerSession the JVM heap the open sessions retain, per session, after full collections
 * @param heapBeforeBytes the heap in use before opening them, after full collections
 * @param heapAfterBytes the heap in use with them open, after full collections
 * @param createSeconds how long opening them took (8 at a time)
 * @param cliRssBeforeKib the CLI's resident memory before
 * @param cliRssAfterKib the CLI's resident memory with them open
 */
public record MemoryResult(int requested, int opened, @Nullable String firstFailure, double heapBytesPerSession,
        long heapBeforeBytes, long heapAfterBytes, double createSeconds, long cliRssBeforeKib, long cliRssAfterKib) {
}
