package io.github.copilot4j.testkit;

import io.github.copilot4j.testkit.ReplaySnapshot.Message;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a {@link ReplayingModelServer} found no recorded reply for a model request. The server answered the request
 * with HTTP 400 and {@link #summary()} as the error message.
 *
 * @param snapshot the snapshot file name
 * @param path the request path, such as {@code /chat/completions}
 * @param request the request's messages in normalised form
 * @param conversation the index of the recorded conversation nearest to the request (the longest equal prefix,
 *     the first on a tie); -1 when the snapshot has none or the request could not be read
 * @param messageIndex the index of the first message where request and that conversation part; -1 as above
 * @param requestMessage the request's message at {@code messageIndex}; null when the request ends before it
 * @param recordedMessage the recorded message at {@code messageIndex}; null when the recording ends before it
 * @param summary one paragraph naming the nearest conversation and the first differing message
 * @param report the summary followed by a line for every recorded conversation
 */
public record ReplayMismatch(String snapshot, String path, List<Message> request, int conversation,
        int messageIndex, @Nullable Message requestMessage, @Nullable Message recordedMessage, String summary,
        String report) {

    public ReplayMismatch {
        request = List.copyOf(request);
    }

    /** The {@link #report()}. */
    @Override
    public String toString() {
        return report;
    }
}
