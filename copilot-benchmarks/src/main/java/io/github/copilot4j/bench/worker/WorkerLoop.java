package io.github.copilot4j.bench.worker;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The command loop of a Java worker. The orchestrator writes one command per line to the worker's standard input
 * ({@code turn}, {@code tool}, {@code quit}, or a worker-specific one with arguments); the worker answers each with
 * one line {@code BENCH <json>} on standard output. Every other output line is a log line. Timings are taken inside
 * the worker, so the pipes to the orchestrator are not measured.
 */
public final class WorkerLoop {

    /** The prefix of every answer line. */
    public static final String ANSWER_PREFIX = "BENCH ";

    private static final PrintStream OUT = System.out;

    private WorkerLoop() {
    }

    /** Answers one command. */
    @FunctionalInterface
    public interface CommandHandler {

        /**
         * @param command the first word of the line
         * @param arguments the remaining words
         * @return the answer, which {@link #run} completes with {@code "ok": true}; throwing answers
         *         {@code "ok": false} with the error
         */
        ObjectNode handle(String command, List<String> arguments) throws Exception;
    }

    /** A new JSON object for an answer. */
    public static ObjectNode answer() {
        return Json.MAPPER.createObjectNode();
    }

    /** Milliseconds since {@code startNanos} on {@link System#nanoTime()}, with microsecond precision. */
    public static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }

    /** Writes one answer line. */
    public static void send(ObjectNode answer) {
        synchronized (OUT) {
            OUT.println(ANSWER_PREFIX + Json.MAPPER.writeValueAsString(answer));
            OUT.flush();
        }
    }

    /** Writes an answer saying {@code failure} happened. */
    public static void sendFailure(Throwable failure) {
        send(answer().put("ok", false).put("error", describe(failure)));
    }

    /** Reads commands until {@code quit} or the end of input, answering each with {@code handler}. */
    public static void run(CommandHandler handler) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            List<String> words = Arrays.asList(line.strip().split("\\s+"));
            String command = words.get(0);
            if (command.isEmpty()) {
                continue;
            }
            if (command.equals("quit")) {
                return;
            }
            try {
                ObjectNode answer = handler.handle(command, words.subList(1, words.size()));
                send(answer().put("ok", true).setAll(answer));
            } catch (Exception | AssertionError e) {
                sendFailure(e);
            }
        }
    }

    /**
     * The mapper of the answers, created on the first answer: timing a start-up with {@link #millisSince} must not
     * include building it.
     */
    private static final class Json {

        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    /** The failure's class and message, and those of its causes. */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
            if (cause.getCause() == cause) {
                break;
            }
        }
        return text.toString();
    }
}
