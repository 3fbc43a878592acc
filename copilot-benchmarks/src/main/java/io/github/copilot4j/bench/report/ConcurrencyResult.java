package io.github.copilot4j.bench.report;

import org.jspecify.annotations.Nullable;

/**
 * Many sessions of one copilot4j client on one CLI, all running tool turns at once.
 *
 * @param sessions sessions running at once
 * @param turnsPerSession tool turns each session ran, one after the other
 * @param completedTurns turns that ended with the expected answer
 * @param errors turns that failed or answered wrongly
 * @param firstError the first failure, if any
 * @param lostEvents persisted events ({@code session.getMessages}) that never reached the session's listener
 * @param duplicatedEvents events a listener received more than once
 * @param wallSeconds from the first turn's start to the last turn's end
 * @param turnsPerSecond completed turns per second of wall time
 * @param turnLatency the turns' latency, in ms
 * @param peakThreads the copilot4j JVM's peak live threads during the turns
 * @param cliCpuShare the CLI's CPU time over the wall time (1.0 = one core busy all the time)
 * @param sdkCpuShare the same for the copilot4j JVM
 * @param modelServerCpuShare the same for the orchestrator, which hosts the fake model server
 */
public record ConcurrencyResult(int sessions, int turnsPerSession, int completedTurns, int errors,
        @Nullable String firstError, int lostEvents, int duplicatedEvents, double wallSeconds, double turnsPerSecond,
        @Nullable Summary turnLatency, int peakThreads, double cliCpuShare, double sdkCpuShare,
        double modelServerCpuShare) {
}
