package io.github.copilot4j.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link WireTap} log: how long the client took to answer each timed request, in the order the requests
 * arrived. A request never answered is counted, not timed.
 *
 * @param toolAnswerMs from {@code external_tool.requested} to {@code handlePendingToolCall}, per tool call
 * @param permissionAnswerMs from {@code permission.requested} to {@code handlePendingPermissionRequest}
 * @param unanswered requests of either kind with no answer in the log
 */
public record TapLog(List<Double> toolAnswerMs, List<Double> permissionAnswerMs, int unanswered) {

    /**
     * Parses the log's lines. The tap writes its two directions' lines from two threads, so an answer may be logged
     * before its request; lines are paired by kind and request id, whatever their order.
     */
    public static TapLog parse(List<String> lines) {
        Map<String, Long> requested = new HashMap<>();
        Map<String, Long> answered = new HashMap<>();
        for (String line : lines) {
            String[] fields = line.strip().split(" ");
            if (fields.length == 4 && (fields[1].equals("request") || fields[1].equals("answer"))) {
                (fields[1].equals("request") ? requested : answered).put(fields[0] + " " + fields[2],
                        Long.parseLong(fields[3]));
            }
        }
        List<Double> tool = new ArrayList<>();
        List<Double> permission = new ArrayList<>();
        int unanswered = 0;
        List<Map.Entry<String, Long>> requests = new ArrayList<>(requested.entrySet());
        requests.sort(Map.Entry.comparingByValue());
        for (Map.Entry<String, Long> request : requests) {
            Long answer = answered.get(request.getKey());
            if (answer == null) {
                unanswered++;
            } else {
                (request.getKey().startsWith("tool ") ? tool : permission)
                        .add((answer - request.getValue()) / 1_000_000.0);
            }
        }
        return new TapLog(List.copyOf(tool), List.copyOf(permission), unanswered);
    }

    /** Reads and parses a log file; an absent file is an empty log. */
    public static TapLog read(Path file) throws IOException {
        return parse(Files.exists(file) ? Files.readAllLines(file) : List.of());
    }
}
