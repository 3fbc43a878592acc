package io.github.copilot4j.testkit;

import io.github.copilot4j.testkit.ReplaySnapshot.Message;
import io.github.copilot4j.testkit.ReplaySnapshot.RecordedError;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Decides how a {@link ReplaySnapshot} answers a normalised request: a recorded error whose messages equal the
 * request; else the assistant messages that follow the request in the first conversation it is a strict prefix of;
 * else, when a conversation ends exactly where the request does, a reply that never comes; else a mismatch.
 */
final class SnapshotMatcher {

    private static final int SUMMARY_MESSAGE_LENGTH = 400;
    private static final int REPORT_MESSAGE_LENGTH = 1000;

    /** How to answer a request. */
    sealed interface Outcome {
    }

    /** Answer with a recorded HTTP error. */
    record ErrorOutcome(RecordedError error) implements Outcome {
    }

    /** Answer with these recorded assistant messages, one choice each. */
    record ReplyOutcome(int conversation, List<Message> assistantMessages) implements Outcome {
    }

    /** Send the response headers and never the body: the recording ends with this request. */
    record HangOutcome(int conversation) implements Outcome {
    }

    /** Nothing recorded fits the request. */
    record MismatchOutcome(ReplayMismatch mismatch) implements Outcome {
    }

    private final ReplaySnapshot snapshot;
    private final List<List<Message>> conversations;
    private final List<List<Message>> coalescedConversations;

    SnapshotMatcher(ReplaySnapshot snapshot) {
        this.snapshot = snapshot;
        this.conversations = snapshot.conversations().stream().map(ReplaySnapshot.Conversation::messages).toList();
        this.coalescedConversations = conversations.stream().map(SnapshotNormalizer::coalesceUserMessages).toList();
    }

    /**
     * The answer to a request.
     *
     * @param coalesced whether the request's adjacent user messages were merged, as for BYOK providers
     */
    Outcome match(String path, SnapshotNormalizer.NormalizedRequest request, boolean coalesced) {
        List<Message> messages = request.messages();
        for (RecordedError error : snapshot.errors()) {
            if ((error.model() == null || error.model().equals(request.model())) && error.messages().equals(messages)) {
                return new ErrorOutcome(error);
            }
        }
        List<List<Message>> candidates = coalesced ? coalescedConversations : conversations;
        for (int c = 0; c < candidates.size(); c++) {
            List<Message> recorded = candidates.get(c);
            if (messages.size() < recorded.size() && recorded.subList(0, messages.size()).equals(messages)
                    && recorded.get(messages.size()).role().equals("assistant")) {
                int end = messages.size();
                while (end < recorded.size() && recorded.get(end).role().equals("assistant")) {
                    end++;
                }
                return new ReplyOutcome(c, recorded.subList(messages.size(), end));
            }
        }
        for (int c = 0; c < candidates.size(); c++) {
            if (candidates.get(c).equals(messages)) {
                return new HangOutcome(c);
            }
        }
        return new MismatchOutcome(diagnose(path, request, candidates));
    }

    /** A mismatch for a request that could not be read at all. */
    ReplayMismatch unreadable(String path, String problem) {
        String summary = "No recorded reply in " + fileName() + " for POST " + path + ": " + problem + ".";
        return new ReplayMismatch(fileName(), path, List.of(), -1, -1, null, null, summary, summary);
    }

    private ReplayMismatch diagnose(String path, SnapshotNormalizer.NormalizedRequest request,
            List<List<Message>> candidates) {
        List<Message> messages = request.messages();
        StringBuilder report = new StringBuilder();
        int nearest = -1;
        int nearestPrefix = -1;
        for (int c = 0; c < candidates.size(); c++) {
            List<Message> recorded = candidates.get(c);
            int prefix = commonPrefix(messages, recorded);
            if (prefix > nearestPrefix) {
                nearest = c;
                nearestPrefix = prefix;
            }
            report.append('\n').append("Conversation ").append(c).append(" (").append(recorded.size())
                    .append(" messages): ");
            if (messages.size() >= recorded.size()) {
                report.append("request has ").append(messages.size()).append(" messages, need fewer than ")
                        .append(recorded.size()).append('.');
            } else if (prefix < messages.size()) {
                report.append("mismatch at message ").append(prefix).append(":\n  request:  ")
                        .append(shorten(messages.get(prefix), REPORT_MESSAGE_LENGTH)).append("\n  recorded: ")
                        .append(shorten(recorded.get(prefix), REPORT_MESSAGE_LENGTH)).append("\n  as sent:  ")
                        .append(shorten(rawMessage(request, prefix), REPORT_MESSAGE_LENGTH));
            } else {
                report.append("prefix matched, but the next recorded message is \"")
                        .append(recorded.get(messages.size()).role()).append("\" (need \"assistant\").");
            }
        }
        String summary = summary(path, request, candidates, nearest, nearestPrefix);
        String header = "Request has " + messages.size() + " normalised messages (" + request.rawMessages().size()
                + " as sent).";
        String fullReport = summary + "\n" + header + (candidates.isEmpty()
                ? "\nThe snapshot has no conversations." : report.toString());
        Message requestMessage = nearest >= 0 && nearestPrefix < messages.size() ? messages.get(nearestPrefix) : null;
        List<Message> recorded = nearest >= 0 ? candidates.get(nearest) : List.of();
        Message recordedMessage = nearest >= 0 && nearestPrefix < recorded.size() ? recorded.get(nearestPrefix) : null;
        return new ReplayMismatch(fileName(), path, messages, nearest, nearest >= 0 ? nearestPrefix : -1,
                requestMessage, recordedMessage, summary, fullReport);
    }

    private String summary(String path, SnapshotNormalizer.NormalizedRequest request,
            List<List<Message>> candidates, int nearest, int prefix) {
        List<Message> messages = request.messages();
        String start = "No recorded reply in " + fileName() + " for POST " + path + " (" + messages.size()
                + " normalised messages). ";
        if (nearest < 0) {
            return start + "The snapshot has no conversations.";
        }
        List<Message> recorded = candidates.get(nearest);
        String nearestName = "Nearest is conversation " + nearest + " (" + recorded.size() + " messages)";
        if (prefix < Math.min(messages.size(), recorded.size())) {
            return start + nearestName + ", first differing at message " + prefix + ": request "
                    + shorten(messages.get(prefix), SUMMARY_MESSAGE_LENGTH) + " but recorded "
                    + shorten(recorded.get(prefix), SUMMARY_MESSAGE_LENGTH);
        }
        if (messages.size() > recorded.size()) {
            return start + nearestName + ", which the request runs past: message " + prefix + " is "
                    + shorten(messages.get(prefix), SUMMARY_MESSAGE_LENGTH) + " but the recording ends there";
        }
        return start + nearestName + ", which matches up to message " + (prefix - 1) + " but continues with "
                + shorten(recorded.get(prefix), SUMMARY_MESSAGE_LENGTH) + " instead of an assistant reply";
    }

    private static int commonPrefix(List<Message> left, List<Message> right) {
        int length = Math.min(left.size(), right.size());
        int i = 0;
        while (i < length && left.get(i).equals(right.get(i))) {
            i++;
        }
        return i;
    }

    private static String rawMessage(SnapshotNormalizer.NormalizedRequest request, int index) {
        JsonNode raw = request.rawMessages().get(index);
        return raw == null ? "(no such message as sent)" : JavaScriptJson.stringify(raw);
    }

    private static String shorten(Object value, int maxLength) {
        String text = value.toString();
        return text.length() <= maxLength ? text : text.substring(0, maxLength) + "…";
    }

    private String fileName() {
        return snapshot.file().getFileName().toString();
    }
}
