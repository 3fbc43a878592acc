package io.github.copilot4j.testkit;

import java.util.List;

/**
 * A local HTTP server the Copilot CLI uses instead of GitHub's model endpoints: {@link FakeModelServer} answers
 * from scripted replies, {@link ReplayingModelServer} from recorded conversations.
 */
public interface ModelServer extends AutoCloseable {

    /** The server's root URL, {@code http://127.0.0.1:<port>}: the Copilot API URL in CAPI mode. */
    String baseUrl();

    /** {@link #baseUrl()} plus {@code /v1}: the base URL of an OpenAI-compatible (BYOK) provider. */
    String openAiBaseUrl();

    /** An immutable snapshot of all requests received so far, in arrival order. */
    List<RecordedRequest> requests();

    /** Stops the server and drops its connections; calling it again does nothing. */
    @Override
    void close();
}
