package io.github.copilot4j.bench.report;

/**
 * The machine and the software of a run.
 *
 * @param cpu the processor model
 * @param cpus the logical processors available
 * @param memoryGib the physical memory
 * @param os the operating system
 * @param kernel the kernel release
 * @param java the Java runtime of every Java contender
 * @param node the Node.js runtime of the Node contenders
 * @param cli the Copilot CLI every contender ran
 * @param loadAverageStart the 1-minute load average when the run started
 * @param loadAverageEnd the 1-minute load average when it ended
 */
public record Machine(String cpu, int cpus, double memoryGib, String os, String kernel, String java, String node,
        String cli, double loadAverageStart, double loadAverageEnd) {
}
