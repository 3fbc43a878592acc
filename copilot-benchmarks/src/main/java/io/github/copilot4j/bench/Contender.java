package io.github.copilot4j.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One contender of a run: its id in results, its label in tables, and the command that starts its worker, to which
 * the worker's configuration file (and {@code --startup} for a start-up measurement) is appended.
 *
 * @param id the stable id used in {@code latest.json}
 * @param label the name shown in the tables
 * @param command the worker's command line without the configuration file
 */
record Contender(String id, String label, List<String> command) {

    static final String RAW_JAVA = "raw-java";
    static final String COPILOT4J = "copilot4j";
    static final String RAW_NODE = "raw-node";
    static final String NODE_SDK = "node-sdk";
    static final String OFFICIAL_JAVA = "official-java";

    Contender {
        command = List.copyOf(command);
    }

    /** The full command line of a worker reading {@code config}. */
    List<String> commandFor(Path config, boolean startupOnly) {
        List<String> full = new ArrayList<>(command);
        full.add(config.toString());
        if (startupOnly) {
            full.add("--startup");
        }
        return full;
    }

    /** The same contender started with other JVM options before its main class (Java workers only). */
    Contender withJvmOptions(List<String> options) {
        List<String> full = new ArrayList<>(command.subList(0, 1));
        full.addAll(options);
        full.addAll(command.subList(1, command.size()));
        return new Contender(id, label, full);
    }
}
